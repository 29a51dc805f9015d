package de.mosaik.web.concept;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.concept.EvaluationService;
import de.mosaik.core.concept.EvaluationValue;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluation on the measure's page: the assessment, and target against actual values per period. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(PageSupport.WRITERS)
class EvaluationPages {

	private final EvaluationService evaluation;

	private final MassnahmeService massnahmen;

	private final MassnahmeDetails details;

	private final SmartValidator validator;

	private final PageSupport support;

	EvaluationPages(EvaluationService evaluation, MassnahmeService massnahmen, MassnahmeDetails details,
			SmartValidator validator, PageSupport support) {
		this.evaluation = evaluation;
		this.massnahmen = massnahmen;
		this.details = details;
		this.validator = validator;
		this.support = support;
	}

	@PostMapping("/measures/{measureId}/assessment")
	String assess(@PathVariable String tenant, @PathVariable UUID measureId,
			@ModelAttribute("assessmentForm") AssessmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (form.getAssessment() != null && form.getAssessment().length() > 2000) {
			errors.rejectValue("assessment", "evaluation.assessment.size");
		}
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				evaluation.assess(measureId, form.getVersion(), form.getAssessment());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.evaluation.assessed"));
				return "redirect:/app/" + tenant + "/measures/" + measureId + "#evaluation";
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return details.show(tenant, massnahmen.get(measureId), true, model);
	}

	@PostMapping("/measures/{measureId}/evaluation-values")
	String addValue(@PathVariable String tenant, @PathVariable UUID measureId,
			@ModelAttribute("valueForm") EvaluationValueForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				EvaluationValue v = evaluation.addValue(measureId, form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.evaluation.added", v.getPeriod()));
				return "redirect:/app/" + tenant + "/measures/" + measureId + "#evaluation";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return details.show(tenant, massnahmen.get(measureId), true, model);
	}

	@GetMapping("/evaluation-values/{id}/delete")
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, evaluation.value(id), null, model, locale);
	}

	@PostMapping("/evaluation-values/{id}/delete")
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		EvaluationValue v = evaluation.value(id);
		try {
			evaluation.deleteValue(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, v, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.evaluation.deleted", v.getPeriod()));
		return "redirect:/app/" + tenant + "/measures/" + v.getMassnahmeId() + "#evaluation";
	}

	private String confirm(String tenant, EvaluationValue v, String problem, Model model, Locale locale) {
		return PageSupport.confirmDelete(model, tenant, support.text(locale, "ui.evaluation.delete"),
				support.text(locale, "ui.evaluation.deleteQuestion", v.getPeriod()),
				"/app/" + tenant + "/evaluation-values/" + v.getId() + "/delete",
				"/app/" + tenant + "/measures/" + v.getMassnahmeId(), v.getVersion(), problem);
	}
}

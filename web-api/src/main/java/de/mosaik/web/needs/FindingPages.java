package de.mosaik.web.needs;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.needs.Finding;
import de.mosaik.core.needs.FindingService;
import de.mosaik.core.needs.NeedsAnalysis;
import de.mosaik.core.needs.NeedsAnalysisService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The findings of a needs analysis: added on the analysis's page, changed and deleted on their own. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(Pages.WRITERS)
class FindingPages {

	private final FindingService findings;

	private final NeedsAnalysisService analyses;

	private final NeedsAnalysisPages analysisPages;

	private final LinkChoices choices;

	private final SmartValidator validator;

	private final MessageSource messages;

	FindingPages(FindingService findings, NeedsAnalysisService analyses, NeedsAnalysisPages analysisPages,
			LinkChoices choices, SmartValidator validator, MessageSource messages) {
		this.findings = findings;
		this.analyses = analyses;
		this.analysisPages = analysisPages;
		this.choices = choices;
		this.validator = validator;
		this.messages = messages;
	}

	@PostMapping("/needs-analyses/{analysisId}/findings")
	String create(@PathVariable String tenant, @PathVariable UUID analysisId,
			@ModelAttribute("findingForm") FindingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		NeedsAnalysis analysis = analyses.get(analysisId);
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				findings.create(analysisId, form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.finding.created"));
				return "redirect:/app/" + tenant + "/needs-analyses/" + analysisId + "#findings";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return analysisPages.show(tenant, analysis, form, true, model);
	}

	@GetMapping("/findings/{id}")
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		Finding finding = findings.get(id);
		return form(tenant, finding, FindingForm.of(finding), model);
	}

	@PostMapping("/findings/{id}")
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") FindingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Finding finding = findings.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				findings.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.finding.updated"));
				return "redirect:/app/" + tenant + "/needs-analyses/" + finding.getAnalysisId() + "#findings";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, finding, form, model);
	}

	@GetMapping("/findings/{id}/delete")
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, findings.get(id), null, model, locale);
	}

	@PostMapping("/findings/{id}/delete")
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Finding finding = findings.get(id);
		try {
			findings.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, finding, text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", text(locale, "ui.finding.deleted"));
		return "redirect:/app/" + tenant + "/needs-analyses/" + finding.getAnalysisId();
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String confirm(String tenant, Finding f, String problem, Model model, Locale locale) {
		return Pages.confirmDelete(model, tenant, text(locale, "ui.finding.delete"),
				text(locale, "ui.finding.deleteQuestion", f.getPosition()), "/app/" + tenant + "/findings/" + f.getId() + "/delete",
				"/app/" + tenant + "/needs-analyses/" + f.getAnalysisId(), f.getVersion(), problem);
	}

	private String form(String tenant, Finding finding, FindingForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("finding", finding);
		model.addAttribute("analysis", analyses.get(finding.getAnalysisId()));
		model.addAttribute("form", form);
		model.addAttribute("choices", choices.all());
		return "needs/finding-form";
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

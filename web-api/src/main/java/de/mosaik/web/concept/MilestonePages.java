package de.mosaik.web.concept;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.concept.Milestone;
import de.mosaik.core.concept.MilestoneData;
import de.mosaik.core.concept.MilestoneService;
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

/** Milestones on the measure's page: add one, mark it done or open again, delete it after asking. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(PageSupport.WRITERS)
class MilestonePages {

	private final MilestoneService milestones;

	private final MassnahmeService massnahmen;

	private final MassnahmeDetails details;

	private final SmartValidator validator;

	private final PageSupport support;

	MilestonePages(MilestoneService milestones, MassnahmeService massnahmen, MassnahmeDetails details,
			SmartValidator validator, PageSupport support) {
		this.milestones = milestones;
		this.massnahmen = massnahmen;
		this.details = details;
		this.validator = validator;
		this.support = support;
	}

	@PostMapping("/measures/{measureId}/milestones")
	String create(@PathVariable String tenant, @PathVariable UUID measureId,
			@ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (errors.hasErrors()) {
			return details.show(tenant, massnahmen.get(measureId), true, model);
		}
		Milestone created = milestones.create(measureId, form.data());
		redirect.addFlashAttribute("flash", support.text(locale, "ui.milestone.created", created.getTitle()));
		return "redirect:/app/" + tenant + "/measures/" + measureId + "#milestones";
	}

	@PostMapping("/milestones/{id}/done")
	String markDone(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version,
			@RequestParam boolean done, RedirectAttributes redirect, Locale locale) {
		Milestone m = milestones.get(id);
		try {
			milestones.update(id, version, new MilestoneData(m.getTitle(), m.getDueDate(), done));
			redirect.addFlashAttribute("flash", support.text(locale,
					done ? "ui.milestone.done" : "ui.milestone.reopened", m.getTitle()));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", support.text(locale, "ui.concept.stale"));
		}
		return "redirect:/app/" + tenant + "/measures/" + m.getMassnahmeId() + "#milestones";
	}

	@GetMapping("/milestones/{id}/delete")
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, milestones.get(id), null, model, locale);
	}

	@PostMapping("/milestones/{id}/delete")
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Milestone m = milestones.get(id);
		try {
			milestones.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, m, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.milestone.deleted", m.getTitle()));
		return "redirect:/app/" + tenant + "/measures/" + m.getMassnahmeId();
	}

	private String confirm(String tenant, Milestone m, String problem, Model model, Locale locale) {
		String back = "/app/" + tenant + "/measures/" + m.getMassnahmeId();
		return PageSupport.confirmDelete(model, tenant, support.text(locale, "ui.milestone.delete"),
				support.text(locale, "ui.milestone.deleteQuestion", m.getTitle()),
				"/app/" + tenant + "/milestones/" + m.getId() + "/delete", back, m.getVersion(), problem);
	}
}

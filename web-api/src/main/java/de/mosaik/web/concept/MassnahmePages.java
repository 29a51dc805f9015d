package de.mosaik.web.concept;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.concept.MassnahmeStatus;
import de.mosaik.core.department.DepartmentService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/** A measure: its page (with milestones and what other features add to it), its form and deletion. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class MassnahmePages {

	private final MassnahmeService massnahmen;

	private final GoalService goals;

	private final ConceptService concepts;

	private final DepartmentService departments;

	private final MassnahmeDetails details;

	private final SmartValidator validator;

	private final PageSupport support;

	MassnahmePages(MassnahmeService massnahmen, GoalService goals, ConceptService concepts,
			DepartmentService departments, MassnahmeDetails details, SmartValidator validator, PageSupport support) {
		this.massnahmen = massnahmen;
		this.goals = goals;
		this.concepts = concepts;
		this.departments = departments;
		this.details = details;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/measures/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model) {
		return details.show(tenant, massnahmen.get(id), PageSupport.canEdit(authentication), model);
	}

	@GetMapping("/goals/{goalId}/measures/new")
	@PreAuthorize(PageSupport.WRITERS)
	String createForm(@PathVariable String tenant, @PathVariable UUID goalId, Model model) {
		return form(tenant, goals.get(goalId), null, new MassnahmeForm(), model);
	}

	@PostMapping("/goals/{goalId}/measures")
	@PreAuthorize(PageSupport.WRITERS)
	String create(@PathVariable String tenant, @PathVariable UUID goalId, @ModelAttribute("form") MassnahmeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Goal goal = goals.get(goalId);
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Massnahme created = massnahmen.create(goalId, form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.measure.created", created.getTitle()));
				return "redirect:/app/" + tenant + "/measures/" + created.getId();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, goal, null, form, model);
	}

	@GetMapping("/measures/{id}/edit")
	@PreAuthorize(PageSupport.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		Massnahme m = massnahmen.get(id);
		return form(tenant, goals.get(m.getGoalId()), id, MassnahmeForm.of(m), model);
	}

	@PostMapping("/measures/{id}/edit")
	@PreAuthorize(PageSupport.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") MassnahmeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Massnahme m = massnahmen.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Massnahme updated = massnahmen.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.measure.updated", updated.getTitle()));
				return "redirect:/app/" + tenant + "/measures/" + id;
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, goals.get(m.getGoalId()), id, form, model);
	}

	@GetMapping("/measures/{id}/delete")
	@PreAuthorize(PageSupport.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, massnahmen.get(id), null, model, locale);
	}

	@PostMapping("/measures/{id}/delete")
	@PreAuthorize(PageSupport.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Massnahme m = massnahmen.get(id);
		try {
			massnahmen.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, m, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.measure.deleted", m.getTitle()));
		return "redirect:/app/" + tenant + "/goals/" + m.getGoalId();
	}

	private String confirm(String tenant, Massnahme m, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/measures/" + m.getId();
		return PageSupport.confirmDelete(model, tenant, support.text(locale, "ui.measure.delete"),
				support.text(locale, "ui.measure.deleteQuestion", m.getTitle()), base + "/delete", base, m.getVersion(),
				problem);
	}

	private String form(String tenant, Goal goal, UUID id, MassnahmeForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("goal", goal);
		model.addAttribute("concept", concepts.get(goal.getConceptId()));
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("statuses", MassnahmeStatus.values());
		model.addAttribute("departments", departments.list(null, PageRequest.of(0, 200, Sort.by("name", "id"))).getContent());
		model.addAttribute("organisations", massnahmen.organisationChoices());
		return "concept/measure-form";
	}
}

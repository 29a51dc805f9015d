package de.mosaik.web.concept;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.FieldOfActionService;
import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.concept.MassnahmeStatus;
import de.mosaik.core.concept.RollupService;
import de.mosaik.core.needs.FindingService;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Sorting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** A goal of a concept: its page with the measures, and its form. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class GoalPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("title", "status", "startDate", "endDate", "budgetPlanned");

	private final GoalService goals;

	private final ConceptService concepts;

	private final FieldOfActionService fields;

	private final MassnahmeService massnahmen;

	private final RollupService rollups;

	private final SmartValidator validator;

	private final PageSupport support;

	private final FindingService findings;

	GoalPages(GoalService goals, ConceptService concepts, FieldOfActionService fields, MassnahmeService massnahmen,
			RollupService rollups, SmartValidator validator, PageSupport support, FindingService findings) {
		this.findings = findings;
		this.rollups = rollups;
		this.goals = goals;
		this.concepts = concepts;
		this.fields = fields;
		this.massnahmen = massnahmen;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/goals/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, @RequestParam(required = false) String q,
			@RequestParam(required = false) MassnahmeStatus status, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		Goal goal = goals.get(id);
		Sorting sorting = Sorting.parse(sort, SORTABLE, "title");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<Massnahme> result = massnahmen.list(id, status, search,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = massnahmen.list(id, status, search,
					PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, sorting.sort("id")));
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("goal", goal);
		model.addAttribute("concept", concepts.get(goal.getConceptId()));
		model.addAttribute("field", fields.get(goal.getFieldOfActionId()));
		model.addAttribute("rollup", rollups.ofGoal(id));
		model.addAttribute("indicators", goals.readings(goal));
		model.addAttribute("justifications", findings.justifyingGoal(id));
		model.addAttribute("q", search);
		model.addAttribute("status", status);
		model.addAttribute("statuses", MassnahmeStatus.values());
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", PageSupport.canEdit(authentication));
		return "concept/goal";
	}

	@GetMapping("/concepts/{conceptId}/goals/new")
	@PreAuthorize(PageSupport.WRITERS)
	String createForm(@PathVariable String tenant, @PathVariable UUID conceptId,
			@RequestParam(required = false) UUID fieldOfActionId, Model model) {
		GoalForm form = new GoalForm();
		form.setFieldOfActionId(fieldOfActionId);
		return form(tenant, concepts.get(conceptId), null, form, model);
	}

	@PostMapping("/concepts/{conceptId}/goals")
	@PreAuthorize(PageSupport.WRITERS)
	String create(@PathVariable String tenant, @PathVariable UUID conceptId, @ModelAttribute("form") GoalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Concept concept = concepts.get(conceptId);
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Goal created = goals.create(conceptId, form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.goal.created", created.getTitle()));
				return "redirect:/app/" + tenant + "/goals/" + created.getId();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, concept, null, form, model);
	}

	@GetMapping("/goals/{id}/edit")
	@PreAuthorize(PageSupport.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		Goal goal = goals.get(id);
		return form(tenant, concepts.get(goal.getConceptId()), id, GoalForm.of(goal), model);
	}

	@PostMapping("/goals/{id}/edit")
	@PreAuthorize(PageSupport.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") GoalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Goal goal = goals.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Goal updated = goals.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.goal.updated", updated.getTitle()));
				return "redirect:/app/" + tenant + "/goals/" + id;
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, concepts.get(goal.getConceptId()), id, form, model);
	}

	@GetMapping("/goals/{id}/delete")
	@PreAuthorize(PageSupport.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, goals.get(id), null, model, locale);
	}

	@PostMapping("/goals/{id}/delete")
	@PreAuthorize(PageSupport.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Goal goal = goals.get(id);
		try {
			goals.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, goal, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirm(tenant, goal, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.goal.deleted", goal.getTitle()));
		return "redirect:/app/" + tenant + "/concepts/" + goal.getConceptId();
	}

	private String confirm(String tenant, Goal goal, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/goals/" + goal.getId();
		return PageSupport.confirmDelete(model, tenant, support.text(locale, "ui.goal.delete"),
				support.text(locale, "ui.goal.deleteQuestion", goal.getTitle()), base + "/delete", base,
				goal.getVersion(), problem);
	}

	private String form(String tenant, Concept concept, UUID id, GoalForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("concept", concept);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("fields", fields.all());
		model.addAttribute("indicatorChoices", goals.indicatorChoices());
		return "concept/goal-form";
	}
}

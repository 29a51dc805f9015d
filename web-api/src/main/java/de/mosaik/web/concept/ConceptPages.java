package de.mosaik.web.concept;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.ConceptStatus;
import de.mosaik.core.concept.FieldOfActionService;
import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.RollupService;
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

/** The versions of the integration concept: list, overview with goals by field of action, status, edit, delete. */
@Controller
@RequestMapping("/app/{tenant}/concepts")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class ConceptPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("edition", "title", "status");

	private final ConceptService concepts;

	private final GoalService goals;

	private final FieldOfActionService fields;

	private final ConceptOverview overview;

	private final RollupService rollups;

	private final SmartValidator validator;

	private final PageSupport support;

	ConceptPages(ConceptService concepts, GoalService goals, FieldOfActionService fields, ConceptOverview overview,
			RollupService rollups, SmartValidator validator, PageSupport support) {
		this.rollups = rollups;
		this.concepts = concepts;
		this.goals = goals;
		this.fields = fields;
		this.overview = overview;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		Sorting sorting = sort == null || sort.isBlank() ? new Sorting("edition", true)
				: Sorting.parse(sort, SORTABLE, "edition");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<Concept> result = concepts.list(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = concepts.list(search, PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, sorting.sort("id")));
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", PageSupport.canEdit(authentication));
		return "concept/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model) {
		Concept concept = concepts.get(id);
		StatusForm statusForm = new StatusForm();
		statusForm.setVersion(concept.getVersion());
		return show(tenant, concept, statusForm, PageSupport.canEdit(authentication), model);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(PageSupport.WRITERS)
	String changeStatus(@PathVariable String tenant, @PathVariable UUID id,
			@ModelAttribute("statusForm") StatusForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		Concept concept = concepts.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Concept changed = concepts.changeStatus(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.concept.statusChanged",
						support.text(locale, "conceptStatus." + changed.getStatus())));
				return "redirect:/app/" + tenant + "/concepts/" + id;
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return show(tenant, concept, form, true, model);
	}

	@GetMapping("/new")
	@PreAuthorize(PageSupport.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new ConceptForm(), model);
	}

	@PostMapping
	@PreAuthorize(PageSupport.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") ConceptForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (errors.hasErrors()) {
			return form(tenant, null, form, model);
		}
		Concept created = concepts.create(form.data());
		redirect.addFlashAttribute("flash", support.text(locale, "ui.concept.created", created.getTitle()));
		return "redirect:/app/" + tenant + "/concepts/" + created.getId();
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(PageSupport.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, ConceptForm.of(concepts.get(id)), model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(PageSupport.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") ConceptForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Concept updated = concepts.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.concept.updated", updated.getTitle()));
				return "redirect:/app/" + tenant + "/concepts/" + id;
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, id, form, model);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize(PageSupport.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, concepts.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(PageSupport.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Concept concept = concepts.get(id);
		try {
			concepts.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, concept, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirm(tenant, concept, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.concept.deleted", concept.getTitle()));
		return "redirect:/app/" + tenant + "/concepts";
	}

	private String show(String tenant, Concept concept, StatusForm statusForm, boolean canEdit, Model model) {
		List<ConceptStatus> next = Arrays.stream(ConceptStatus.values())
			.filter(concept.getStatus()::mayChangeTo)
			.toList();
		model.addAttribute("tenant", tenant);
		model.addAttribute("concept", concept);
		model.addAttribute("statusForm", statusForm);
		model.addAttribute("nextStatuses", next);
		model.addAttribute("sections", overview.sections(goals.ofConcept(concept.getId()), fields.all()));
		model.addAttribute("rollup", rollups.ofConcept(concept.getId()));
		model.addAttribute("canEdit", canEdit);
		return "concept/detail";
	}

	private String confirm(String tenant, Concept concept, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/concepts/" + concept.getId();
		return PageSupport.confirmDelete(model, tenant, support.text(locale, "ui.concept.delete"),
				support.text(locale, "ui.concept.deleteQuestion", concept.getTitle()), base + "/delete", base,
				concept.getVersion(), problem);
	}

	private static String form(String tenant, UUID id, ConceptForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		return "concept/form";
	}
}

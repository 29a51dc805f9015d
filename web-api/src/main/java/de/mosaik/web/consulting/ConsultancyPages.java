package de.mosaik.web.consulting;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.consulting.Consultancy;
import de.mosaik.core.consulting.ConsultancyService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Pages;
import de.mosaik.web.ui.Sorting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/** The consultancies: list with search and sorting, form, deletion after a question. */
@Controller
@RequestMapping("/app/{tenant}/consultancies")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class ConsultancyPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("organisation", "periodFrom", "periodTo", "budgetPlanned");

	private final ConsultancyService consultancies;

	private final ConceptService concepts;

	private final SmartValidator validator;

	private final MessageSource messages;

	ConsultancyPages(ConsultancyService consultancies, ConceptService concepts, SmartValidator validator,
			MessageSource messages) {
		this.consultancies = consultancies;
		this.concepts = concepts;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		Sorting sorting = sort == null || sort.isBlank() ? new Sorting("periodFrom", true)
				: Sorting.parse(sort, SORTABLE, "periodFrom");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<Consultancy> result = Pages.page(page, PAGE_SIZE, sorting.sort("id"), p -> consultancies.list(null, search, p));
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("concepts", conceptTitles());
		model.addAttribute("canEdit", Pages.canEdit(authentication));
		return "consulting/list";
	}

	@GetMapping("/new")
	@PreAuthorize(Pages.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new ConsultancyForm(), model);
	}

	@PostMapping
	@PreAuthorize(Pages.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") ConsultancyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Consultancy created = consultancies.create(form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.consultancy.created", created.getOrganisation()));
				return "redirect:/app/" + tenant + "/consultancies";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Pages.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, ConsultancyForm.of(consultancies.get(id)), model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Pages.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") ConsultancyForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		consultancies.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Consultancy updated = consultancies.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.consultancy.updated", updated.getOrganisation()));
				return "redirect:/app/" + tenant + "/consultancies";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, id, form, model);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize(Pages.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, consultancies.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(Pages.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Consultancy consultancy = consultancies.get(id);
		try {
			consultancies.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, consultancy, text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", text(locale, "ui.consultancy.deleted", consultancy.getOrganisation()));
		return "redirect:/app/" + tenant + "/consultancies";
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String confirm(String tenant, Consultancy c, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/consultancies";
		return Pages.confirmDelete(model, tenant, text(locale, "ui.consultancy.delete"),
				text(locale, "ui.consultancy.deleteQuestion", c.getOrganisation()), base + "/" + c.getId() + "/delete",
				base, c.getVersion(), problem);
	}

	private String form(String tenant, UUID id, ConsultancyForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("concepts", concepts.list(null, PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "edition"))).getContent());
		return "consulting/form";
	}

	private Map<UUID, String> conceptTitles() {
		Map<UUID, String> titles = new HashMap<>();
		for (Concept c : concepts.list(null, PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "edition")))) {
			titles.put(c.getId(), c.getTitle());
		}
		return titles;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

package de.mosaik.web.concept;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.FieldOfAction;
import de.mosaik.core.concept.FieldOfActionService;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
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

/** The tenant's fields of action: a list for everyone, changes for coordinators and officers. */
@Controller
@RequestMapping("/app/{tenant}/fields-of-action")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class FieldOfActionPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("name", "position");

	private final FieldOfActionService fields;

	private final SmartValidator validator;

	private final PageSupport support;

	FieldOfActionPages(FieldOfActionService fields, SmartValidator validator, PageSupport support) {
		this.fields = fields;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		Sorting sorting = Sorting.parse(sort, SORTABLE, "position");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<FieldOfAction> result = fields.list(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = fields.list(search, PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, sorting.sort("id")));
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", PageSupport.canEdit(authentication));
		return "concept/fields";
	}

	@GetMapping("/new")
	@PreAuthorize(PageSupport.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new FieldOfActionForm(), model);
	}

	@PostMapping
	@PreAuthorize(PageSupport.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") FieldOfActionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				FieldOfAction created = fields.create(form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.fields.created", created.getName()));
				return "redirect:/app/" + tenant + "/fields-of-action";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/{id}")
	@PreAuthorize(PageSupport.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, FieldOfActionForm.of(fields.get(id)), model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(PageSupport.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") FieldOfActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				FieldOfAction updated = fields.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.fields.updated", updated.getName()));
				return "redirect:/app/" + tenant + "/fields-of-action";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
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
		return confirm(tenant, fields.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(PageSupport.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		FieldOfAction field = fields.get(id);
		try {
			fields.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, field, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirm(tenant, field, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.fields.deleted", field.getName()));
		return "redirect:/app/" + tenant + "/fields-of-action";
	}

	private String confirm(String tenant, FieldOfAction field, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/fields-of-action";
		return PageSupport.confirmDelete(model, tenant, support.text(locale, "ui.fields.delete"),
				support.text(locale, "ui.fields.deleteQuestion", field.getName()), base + "/" + field.getId() + "/delete",
				base, field.getVersion(), problem);
	}

	private static String form(String tenant, UUID id, FieldOfActionForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		return "concept/field-form";
	}
}

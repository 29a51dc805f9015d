package de.mosaik.web.departments;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.department.Department;
import de.mosaik.core.department.DepartmentService;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Sorting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/**
 * The departments of the tenant of the URL: a list for everyone in the tenant; create, edit and delete
 * for the county coordinator and the municipal officer only.
 */
@Controller
@RequestMapping("/app/{tenant}/departments")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class DepartmentPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("name", "shortName");

	private final DepartmentService departments;

	private final SmartValidator validator;

	private final MessageSource messages;

	DepartmentPages(DepartmentService departments, SmartValidator validator, MessageSource messages) {
		this.departments = departments;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		Sorting sorting = Sorting.parse(sort, SORTABLE, "name");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<Department> result = departments.list(search,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			// past the end (the list got shorter): the last page
			result = departments.list(search, PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, sorting.sort("id")));
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", canEdit(authentication));
		return "departments/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new DepartmentForm(), model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	String create(@PathVariable String tenant, @ModelAttribute("form") DepartmentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Department created = departments.create(form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.departments.created", created.getName()));
				return "redirect:/app/" + tenant + "/departments";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, DepartmentForm.of(departments.get(id)), model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") DepartmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.departments.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Department updated = departments.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.departments.updated", updated.getName()));
				return "redirect:/app/" + tenant + "/departments";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.departments.stale");
			}
		}
		return form(tenant, id, form, model);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("department", departments.get(id));
		return "departments/delete";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Department department = departments.get(id);
		try {
			departments.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("tenant", tenant);
			model.addAttribute("department", department);
			model.addAttribute("stale", true);
			return "departments/delete";
		}
		redirect.addFlashAttribute("flash", text(locale, "ui.departments.deleted", department.getName()));
		return "redirect:/app/" + tenant + "/departments";
	}

	/** A department that is not there (or no longer) is the 404 page. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private static String form(String tenant, UUID id, DepartmentForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		return "departments/form";
	}

	private static boolean canEdit(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_COUNTY_COORDINATOR")
					|| a.getAuthority().equals("ROLE_MUNICIPAL_OFFICER"));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

package de.mosaik.web.network;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.network.DirectoryFilter;
import de.mosaik.core.network.DirectoryService;
import de.mosaik.core.network.Source;
import de.mosaik.core.network.WorkingGroup;
import de.mosaik.core.network.WorkingGroupService;
import de.mosaik.core.shared.DuplicateException;
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

/** Working groups (Arbeitskreise): the council's own and, for a member, the county's shared ones. */
@Controller
@RequestMapping("/app/{tenant}/network/working-groups")
@PreAuthorize(Etags.READERS)
class WorkingGroupPages {

	/** Member choices in the form: the council's own organisations, at most this many. */
	static final int MEMBER_CHOICES = 500;

	private final WorkingGroupService groups;

	private final DirectoryService directory;

	private final SmartValidator validator;

	private final NetworkPageSupport support;

	WorkingGroupPages(WorkingGroupService groups, DirectoryService directory, SmartValidator validator,
			NetworkPageSupport support) {
		this.groups = groups;
		this.directory = directory;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		String search = q == null || q.isBlank() ? null : q.strip();
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("result", groups.list(search, PageRequest.of(Math.max(page, 0), NetworkPageSupport.PAGE_SIZE,
				Sort.by("name").and(Sort.by("id")))));
		model.addAttribute("countyGroups", NetworkPageSupport.isCounty(tenant) ? List.of()
				: directory.countyWorkingGroups());
		model.addAttribute("canEdit", NetworkPageSupport.canEdit(authentication));
		return "network/working-groups";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model) {
		WorkingGroup group = groups.get(id);
		model.addAttribute("tenant", tenant);
		model.addAttribute("group", group);
		model.addAttribute("members", groups.members(group));
		model.addAttribute("canEdit", NetworkPageSupport.canEdit(authentication));
		return "network/working-group";
	}

	@GetMapping("/new")
	@PreAuthorize(Etags.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new WorkingGroupForm(), model);
	}

	@PostMapping
	@PreAuthorize(Etags.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") WorkingGroupForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				WorkingGroup created = groups.create(form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.group.created", created.getName()));
				return "redirect:/app/" + tenant + "/network/working-groups/" + created.getId();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Etags.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, WorkingGroupForm.of(groups.get(id)), model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(Etags.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") WorkingGroupForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		groups.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				WorkingGroup updated = groups.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.group.updated", updated.getName()));
				return "redirect:/app/" + tenant + "/network/working-groups/" + id;
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
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
	@PreAuthorize(Etags.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, groups.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(Etags.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		WorkingGroup group = groups.get(id);
		try {
			groups.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, group, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.group.deleted", group.getName()));
		return "redirect:/app/" + tenant + "/network/working-groups";
	}

	private String confirm(String tenant, WorkingGroup g, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/network/working-groups/" + g.getId();
		return NetworkPageSupport.confirmDelete(model, tenant, support.text(locale, "ui.network.group.delete"),
				support.text(locale, "ui.network.group.deleteQuestion", g.getName()), base + "/delete", base,
				g.getVersion(), problem);
	}

	private String form(String tenant, UUID id, WorkingGroupForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("county", NetworkPageSupport.isCounty(tenant));
		model.addAttribute("choices", directory.search(new DirectoryFilter(null, null, null, null, Source.OWN, null),
				PageRequest.of(0, MEMBER_CHOICES, Sort.by("name"))).getContent());
		return "network/working-group-form";
	}
}

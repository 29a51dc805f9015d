package de.mosaik.web.network;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.network.OrganisationType;
import de.mosaik.core.network.OrganisationTypeData;
import de.mosaik.core.network.OrganisationTypeService;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.StaleVersionException;

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

/** The council's organisation types: the list, adding one, deleting one no organisation has. */
@Controller
@RequestMapping("/app/{tenant}/network/types")
@PreAuthorize(Etags.READERS)
class TypePages {

	private final OrganisationTypeService types;

	private final SmartValidator validator;

	private final NetworkPageSupport support;

	TypePages(OrganisationTypeService types, SmartValidator validator, NetworkPageSupport support) {
		this.types = types;
		this.validator = validator;
		this.support = support;
	}

	/** The add form. */
	public static class TypeForm {

		private String name;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}

	@GetMapping
	String list(@PathVariable String tenant, Authentication authentication, Model model) {
		return page(tenant, new TypeForm(), NetworkPageSupport.canEdit(authentication), model);
	}

	@PostMapping
	@PreAuthorize(Etags.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") TypeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationTypeData data = new OrganisationTypeData(form.getName() == null ? "" : form.getName(), null);
		validator.validate(data, errors);
		if (!errors.hasErrors()) {
			try {
				OrganisationType created = types.create(data);
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.type.created", created.getName()));
				return "redirect:/app/" + tenant + "/network/types";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return page(tenant, form, true, model);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize(Etags.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, types.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(Etags.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationType type = types.get(id);
		try {
			types.delete(id, version);
		}
		catch (InUseException ex) {
			return confirm(tenant, type, support.text(locale, ex.messageKey()), model, locale);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, type, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.type.deleted", type.getName()));
		return "redirect:/app/" + tenant + "/network/types";
	}

	private String confirm(String tenant, OrganisationType t, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/network/types";
		return NetworkPageSupport.confirmDelete(model, tenant, support.text(locale, "ui.network.type.delete"),
				support.text(locale, "ui.network.type.deleteQuestion", t.getName()), base + "/" + t.getId() + "/delete",
				base, t.getVersion(), problem);
	}

	private String page(String tenant, TypeForm form, boolean canEdit, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("types", types.list());
		model.addAttribute("form", form);
		model.addAttribute("canEdit", canEdit);
		return "network/types";
	}
}

package de.mosaik.web.network;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.network.ContactPersonService;
import de.mosaik.core.network.OfferService;
import de.mosaik.core.network.Organisation;
import de.mosaik.core.network.OrganisationService;
import de.mosaik.core.network.OrganisationTypeService;
import de.mosaik.core.network.WorkingGroupService;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InvalidInputException;
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

/** One of the council's own organisations: its page with offers and contacts, its form, its deletion. */
@Controller
@RequestMapping("/app/{tenant}/network/organisations")
@PreAuthorize(Etags.READERS)
class OrganisationPages {

	private final OrganisationService organisations;

	private final OrganisationTypeService types;

	private final OfferService offers;

	private final ContactPersonService contacts;

	private final WorkingGroupService groups;

	private final SmartValidator validator;

	private final NetworkPageSupport support;

	OrganisationPages(OrganisationService organisations, OrganisationTypeService types, OfferService offers,
			ContactPersonService contacts, WorkingGroupService groups, SmartValidator validator,
			NetworkPageSupport support) {
		this.organisations = organisations;
		this.types = types;
		this.offers = offers;
		this.contacts = contacts;
		this.groups = groups;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model) {
		Organisation organisation = organisations.get(id);
		model.addAttribute("tenant", tenant);
		model.addAttribute("organisation", organisation);
		model.addAttribute("type", organisations.typeOf(organisation));
		model.addAttribute("offers", offers.ofOrganisation(id));
		model.addAttribute("contacts", contacts.ofOrganisation(id));
		model.addAttribute("groups", groups.withMember(id));
		model.addAttribute("county", NetworkPageSupport.isCounty(tenant));
		model.addAttribute("canEdit", NetworkPageSupport.canEdit(authentication));
		return "network/organisation";
	}

	@GetMapping("/new")
	@PreAuthorize(Etags.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new OrganisationForm(), model);
	}

	@PostMapping
	@PreAuthorize(Etags.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") OrganisationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Organisation created = organisations.create(form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.organisation.created", created.getName()));
				return "redirect:/app/" + tenant + "/network/organisations/" + created.getId();
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
		Organisation organisation = organisations.get(id);
		return form(tenant, id, OrganisationForm.of(organisation, organisations.typeOf(organisation).getCode()), model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(Etags.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		organisations.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Organisation updated = organisations.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.organisation.updated", updated.getName()));
				return "redirect:/app/" + tenant + "/network/organisations/" + id;
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
		return confirm(tenant, organisations.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(Etags.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Organisation organisation = organisations.get(id);
		try {
			organisations.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, organisation, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.organisation.deleted", organisation.getName()));
		return "redirect:/app/" + tenant + "/network";
	}

	private String confirm(String tenant, Organisation o, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/network/organisations/" + o.getId();
		return NetworkPageSupport.confirmDelete(model, tenant, support.text(locale, "ui.network.organisation.delete"),
				support.text(locale, "ui.network.organisation.deleteQuestion", o.getName()), base + "/delete", base,
				o.getVersion(), problem);
	}

	private String form(String tenant, UUID id, OrganisationForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("types", types.list());
		model.addAttribute("county", NetworkPageSupport.isCounty(tenant));
		return "network/organisation-form";
	}
}

package de.mosaik.web.network;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.network.ContactPerson;
import de.mosaik.core.network.ContactPersonService;
import de.mosaik.core.network.LegalBasis;
import de.mosaik.core.network.OrganisationService;
import de.mosaik.core.shared.InvalidInputException;
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

/** The contact persons of an organisation: form with the legal basis, deletion of the record after asking. */
@Controller
@RequestMapping("/app/{tenant}/network")
@PreAuthorize(Etags.WRITERS)
class ContactPages {

	private final ContactPersonService contacts;

	private final OrganisationService organisations;

	private final SmartValidator validator;

	private final NetworkPageSupport support;

	ContactPages(ContactPersonService contacts, OrganisationService organisations, SmartValidator validator,
			NetworkPageSupport support) {
		this.contacts = contacts;
		this.organisations = organisations;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/organisations/{organisationId}/contacts/new")
	String createForm(@PathVariable String tenant, @PathVariable UUID organisationId, Model model) {
		ContactForm form = new ContactForm();
		form.setLegalBasis(LegalBasis.PUBLIC_TASK);
		return form(tenant, organisationId, null, form, model);
	}

	@PostMapping("/organisations/{organisationId}/contacts")
	String create(@PathVariable String tenant, @PathVariable UUID organisationId, @ModelAttribute("form") ContactForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		organisations.get(organisationId);
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				ContactPerson created = contacts.create(organisationId, form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.contact.created", created.getName()));
				return back(tenant, organisationId);
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, organisationId, null, form, model);
	}

	@GetMapping("/contacts/{id}/edit")
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		ContactPerson contact = contacts.get(id);
		return form(tenant, contact.getOrganisationId(), id, ContactForm.of(contact), model);
	}

	@PostMapping("/contacts/{id}/edit")
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") ContactForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		ContactPerson contact = contacts.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				ContactPerson updated = contacts.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.contact.updated", updated.getName()));
				return back(tenant, contact.getOrganisationId());
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, contact.getOrganisationId(), id, form, model);
	}

	@GetMapping("/contacts/{id}/delete")
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, contacts.get(id), null, model, locale);
	}

	@PostMapping("/contacts/{id}/delete")
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		ContactPerson contact = contacts.get(id);
		try {
			contacts.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, contact, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.contact.deleted", contact.getName()));
		return back(tenant, contact.getOrganisationId());
	}

	private String confirm(String tenant, ContactPerson c, String problem, Model model, Locale locale) {
		return NetworkPageSupport.confirmDelete(model, tenant, support.text(locale, "ui.network.contact.delete"),
				support.text(locale, "ui.network.contact.deleteQuestion", c.getName()),
				"/app/" + tenant + "/network/contacts/" + c.getId() + "/delete",
				"/app/" + tenant + "/network/organisations/" + c.getOrganisationId(), c.getVersion(), problem);
	}

	private static String back(String tenant, UUID organisationId) {
		return "redirect:/app/" + tenant + "/network/organisations/" + organisationId;
	}

	private String form(String tenant, UUID organisationId, UUID id, ContactForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("organisation", organisations.get(organisationId));
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("bases", LegalBasis.values());
		return "network/contact-form";
	}
}

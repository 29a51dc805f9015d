package de.mosaik.web.network;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.network.Offer;
import de.mosaik.core.network.OfferService;
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

/** The offers of an organisation: form and deletion after asking. */
@Controller
@RequestMapping("/app/{tenant}/network")
@PreAuthorize(Etags.WRITERS)
class OfferPages {

	private final OfferService offers;

	private final OrganisationService organisations;

	private final SmartValidator validator;

	private final NetworkPageSupport support;

	private final NetworkLabels labels;

	OfferPages(OfferService offers, OrganisationService organisations, SmartValidator validator,
			NetworkPageSupport support, NetworkLabels labels) {
		this.labels = labels;
		this.offers = offers;
		this.organisations = organisations;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/organisations/{organisationId}/offers/new")
	String createForm(@PathVariable String tenant, @PathVariable UUID organisationId, Model model) {
		return form(tenant, organisationId, null, new OfferForm(), model);
	}

	@PostMapping("/organisations/{organisationId}/offers")
	String create(@PathVariable String tenant, @PathVariable UUID organisationId, @ModelAttribute("form") OfferForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		organisations.get(organisationId);
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Offer created = offers.create(organisationId, form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.offer.created", created.getTopic()));
				return back(tenant, organisationId);
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, organisationId, null, form, model);
	}

	@GetMapping("/offers/{id}/edit")
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		Offer offer = offers.get(id);
		return form(tenant, offer.getOrganisationId(), id, OfferForm.of(offer), model);
	}

	@PostMapping("/offers/{id}/edit")
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") OfferForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Offer offer = offers.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Offer updated = offers.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.offer.updated", updated.getTopic()));
				return back(tenant, offer.getOrganisationId());
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, offer.getOrganisationId(), id, form, model);
	}

	@GetMapping("/offers/{id}/delete")
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, offers.get(id), null, model, locale);
	}

	@PostMapping("/offers/{id}/delete")
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Offer offer = offers.get(id);
		try {
			offers.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, offer, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.offer.deleted", offer.getTopic()));
		return back(tenant, offer.getOrganisationId());
	}

	private String confirm(String tenant, Offer c, String problem, Model model, Locale locale) {
		return NetworkPageSupport.confirmDelete(model, tenant, support.text(locale, "ui.network.offer.delete"),
				support.text(locale, "ui.network.offer.deleteQuestion", c.getTopic()),
				"/app/" + tenant + "/network/offers/" + c.getId() + "/delete",
				"/app/" + tenant + "/network/organisations/" + c.getOrganisationId(), c.getVersion(), problem);
	}

	private static String back(String tenant, UUID organisationId) {
		return "redirect:/app/" + tenant + "/network/organisations/" + organisationId;
	}

	private String form(String tenant, UUID organisationId, UUID id, OfferForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("organisation", organisations.get(organisationId));
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("areaChoices", labels.areaChoices(tenant));
		return "network/offer-form";
	}
}

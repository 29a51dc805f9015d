package de.mosaik.web.network;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.network.CountyOrganisation;
import de.mosaik.core.network.DirectoryService;
import de.mosaik.core.network.OrganisationData;
import de.mosaik.core.network.ProposalData;
import de.mosaik.core.network.ProposalService;
import de.mosaik.core.network.ProposalView;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.security.Identities;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A municipality's proposals to its county's directory: the form (new or a change) and their outcomes. */
@Controller
@RequestMapping("/app/{tenant}/network/proposals")
@PreAuthorize(Etags.READERS)
class ProposalPages {

	private final ProposalService proposals;

	private final DirectoryService directory;

	private final SmartValidator validator;

	private final NetworkPageSupport support;

	ProposalPages(ProposalService proposals, DirectoryService directory, SmartValidator validator,
			NetworkPageSupport support) {
		this.proposals = proposals;
		this.directory = directory;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page, Authentication authentication,
			Model model) {
		Page<ProposalView> result = proposals.list(PageRequest.of(Math.max(page, 0), NetworkPageSupport.PAGE_SIZE,
				Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
		model.addAttribute("tenant", tenant);
		model.addAttribute("result", result);
		model.addAttribute("hasCounty", directory.hasCountyDirectory());
		model.addAttribute("canEdit", NetworkPageSupport.canEdit(authentication));
		return "network/proposals";
	}

	@GetMapping("/new")
	@PreAuthorize(Etags.WRITERS)
	String createForm(@PathVariable String tenant, @RequestParam(required = false) UUID target, Model model) {
		OrganisationForm form = new OrganisationForm();
		if (target != null) {
			CountyOrganisation o = directory.countyOrganisation(target);
			form = OrganisationForm.of(new OrganisationData(o.name(), o.typeCode(), o.description(), o.street(),
					o.postalCode(), o.city(), o.email(), o.phone(), o.website(), null));
		}
		return form(tenant, target, form, model);
	}

	@PostMapping
	@PreAuthorize(Etags.WRITERS)
	String create(@PathVariable String tenant, @RequestParam(required = false) UUID target,
			@ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model, Authentication authentication,
			RedirectAttributes redirect, Locale locale) {
		form.setShared(false);
		if (target != null) {
			directory.countyOrganisation(target);
		}
		validator.validate(form.data(), errors);
		if (form.getComment() != null && form.getComment().length() > 2000) {
			errors.rejectValue("comment", "proposal.comment.size");
		}
		if (!errors.hasErrors()) {
			try {
				proposals.create(new ProposalData(target, form.data().withShared(false), form.getComment()),
						Identities.displayName(authentication));
				redirect.addFlashAttribute("flash", support.text(locale, "ui.network.proposal.sent", form.getName()));
				return "redirect:/app/" + tenant + "/network/proposals";
			}
			catch (InvalidInputException ex) {
				if (ex.field().startsWith("organisation.")) {
					errors.rejectValue(ex.field().substring("organisation.".length()), ex.messageKey());
				}
				else {
					errors.reject(ex.messageKey());
				}
			}
		}
		return form(tenant, target, form, model);
	}

	@GetMapping("/{id}/withdraw")
	@PreAuthorize(Etags.WRITERS)
	String confirmWithdraw(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, proposals.get(id), null, model, locale);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize(Etags.WRITERS)
	String withdraw(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		ProposalView view = proposals.get(id);
		try {
			proposals.withdraw(id, version);
		}
		catch (InUseException ex) {
			return confirm(tenant, view, support.text(locale, ex.messageKey()), model, locale);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, view, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.proposal.withdrawn", view.proposal().getName()));
		return "redirect:/app/" + tenant + "/network/proposals";
	}

	private String confirm(String tenant, ProposalView view, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/network/proposals";
		return NetworkPageSupport.confirmDelete(model, tenant, support.text(locale, "ui.network.proposal.withdraw"),
				support.text(locale, "ui.network.proposal.withdrawQuestion", view.proposal().getName()),
				base + "/" + view.proposal().getId() + "/withdraw", base, view.proposal().getVersion(), problem);
	}

	private String form(String tenant, UUID target, OrganisationForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("target", target);
		model.addAttribute("form", form);
		model.addAttribute("types", directory.countyTypes());
		model.addAttribute("hasCounty", directory.hasCountyDirectory());
		return "network/proposal-form";
	}
}

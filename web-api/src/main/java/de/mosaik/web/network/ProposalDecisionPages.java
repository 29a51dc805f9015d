package de.mosaik.web.network;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import de.mosaik.core.network.DecisionService;
import de.mosaik.core.network.MemberProposal;
import de.mosaik.core.network.Organisation;
import de.mosaik.core.network.OrganisationData;
import de.mosaik.core.network.OrganisationService;
import de.mosaik.core.network.OrganisationTypeService;
import de.mosaik.core.network.ProposalKind;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county coordinator's view of the members' proposals: the open ones, one to decide, the decisions made. */
@Controller
@RequestMapping("/app/{tenant}/network/member-proposals")
@PreAuthorize("hasRole('COUNTY_COORDINATOR')")
class ProposalDecisionPages {

	static final int RECENT = 10;

	private final DecisionService decisions;

	private final OrganisationService organisations;

	private final MemberNames names;

	private final NetworkPageSupport support;

	private final OrganisationTypeService organisationTypes;

	ProposalDecisionPages(DecisionService decisions, OrganisationService organisations, MemberNames names,
			NetworkPageSupport support, OrganisationTypeService organisationTypes) {
		this.organisationTypes = organisationTypes;
		this.decisions = decisions;
		this.organisations = organisations;
		this.names = names;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("result", decisions.open(PageRequest.of(Math.max(page, 0), NetworkPageSupport.PAGE_SIZE)));
		model.addAttribute("recent", decisions.decided(PageRequest.of(0, RECENT,
				Sort.by(Sort.Direction.DESC, "decidedAt").and(Sort.by("id")))).getContent());
		model.addAttribute("names", names);
		return "network/member-proposals";
	}

	@GetMapping("/{member}/{id}")
	String show(@PathVariable String tenant, @PathVariable String member, @PathVariable UUID id, Model model) {
		return show(tenant, decisions.proposal(member, id), null, null, model);
	}

	@PostMapping("/{member}/{id}/accept")
	String accept(@PathVariable String tenant, @PathVariable String member, @PathVariable UUID id, Model model,
			RedirectAttributes redirect, Locale locale) {
		MemberProposal proposal = decisions.proposal(member, id);
		try {
			decisions.accept(member, id);
		}
		catch (DuplicateException | InvalidInputException | StaleVersionException
				| ObjectOptimisticLockingFailureException ex) {
			String key = ex instanceof DuplicateException d ? d.messageKey()
					: ex instanceof InvalidInputException i ? i.messageKey() : "ui.concept.stale";
			return show(tenant, proposal, support.text(locale, key), null, model);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.decision.accepted",
				proposal.organisation().name(), names.of(member)));
		return "redirect:/app/" + tenant + "/network/member-proposals";
	}

	@PostMapping("/{member}/{id}/decline")
	String decline(@PathVariable String tenant, @PathVariable String member, @PathVariable UUID id,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
		MemberProposal proposal = decisions.proposal(member, id);
		try {
			decisions.decline(member, id, reason);
		}
		catch (InvalidInputException ex) {
			return show(tenant, proposal, null, support.text(locale, ex.messageKey()), model);
		}
		catch (DuplicateException ex) {
			return show(tenant, proposal, support.text(locale, ex.messageKey()), null, model);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.network.decision.declined",
				proposal.organisation().name(), names.of(member)));
		return "redirect:/app/" + tenant + "/network/member-proposals";
	}

	/** One field of a proposal: what the directory has now (for a change), what is proposed, and whether that differs. */
	record FieldRow(String field, String current, String proposed, boolean changed) {

		static FieldRow of(String field, Organisation current, String now, String proposed) {
			boolean changed = current != null && !Objects.equals(blankToNull(now), blankToNull(proposed));
			return new FieldRow(field, now, proposed, changed);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	private List<FieldRow> rows(MemberProposal proposal, Organisation c) {
		OrganisationData p = proposal.organisation();
		Map<String, String> typeNames = organisationTypes.list()
			.stream()
			.collect(Collectors.toMap(t -> t.getCode(), t -> t.getName()));
		String proposedType = typeNames.getOrDefault(p.type(), p.type());
		return List.of(FieldRow.of("name", c, c == null ? null : c.getName(), p.name()),
				FieldRow.of("type", c, c == null ? null : organisations.typeOf(c).getName(), proposedType),
				FieldRow.of("description", c, c == null ? null : c.getDescription(), p.description()),
				FieldRow.of("street", c, c == null ? null : c.getStreet(), p.street()),
				FieldRow.of("postalCode", c, c == null ? null : c.getPostalCode(), p.postalCode()),
				FieldRow.of("city", c, c == null ? null : c.getCity(), p.city()),
				FieldRow.of("email", c, c == null ? null : c.getEmail(), p.email()),
				FieldRow.of("phone", c, c == null ? null : c.getPhone(), p.phone()),
				FieldRow.of("website", c, c == null ? null : c.getWebsite(), p.website()));
	}

	private String show(String tenant, MemberProposal proposal, String problem, String reasonError, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("proposal", proposal);
		model.addAttribute("memberName", names.of(proposal.memberKey()));
		model.addAttribute("decision", decisions.decisionOn(proposal.memberKey(), proposal.id()).orElse(null));
		Organisation current = proposal.kind() == ProposalKind.CHANGE
				? organisations.findShared(proposal.targetId()).orElse(null) : null;
		model.addAttribute("current", current);
		model.addAttribute("rows", rows(proposal, current));
		model.addAttribute("problem", problem);
		model.addAttribute("reasonError", reasonError);
		return "network/member-proposal";
	}
}

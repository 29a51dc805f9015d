package de.mosaik.web.network;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.Decision;
import de.mosaik.core.network.DecisionService;
import de.mosaik.core.network.MemberProposal;
import de.mosaik.core.network.OrganisationData;
import de.mosaik.core.network.ProposalKind;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.network.Responses.DecisionResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/network")
@Tag(name = "Network: decisions on proposals", description = "The county coordinator sees the member municipalities' open proposals, accepts (the entry becomes or changes a shared one) or declines with a reason")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('COUNTY_COORDINATOR')")
class DecisionsApi {

	private final DecisionService decisions;

	private final MemberNames names;

	DecisionsApi(DecisionService decisions, MemberNames names) {
		this.decisions = decisions;
		this.names = names;
	}

	/** A member's proposal as the county sees it. */
	record MemberProposalResponse(String memberKey, String memberName, UUID id, ProposalKind kind, UUID targetId,
			OrganisationData organisation, String comment, OffsetDateTime createdAt, DecisionResponse decision) {
	}

	/** Why a proposal is declined. */
	record Declining(@NotBlank(message = "{decision.reason.required}") @Size(max = 2000, message = "{decision.reason.size}") String reason) {
	}

	@GetMapping("/member-proposals")
	@Operation(summary = "Open proposals of the member municipalities", description = "Paged, oldest first; only proposals not decided yet")
	PageResponse<MemberProposalResponse> open(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(decisions.open(Paging.of(page, size, null, Set.of(), Sort.unsorted())),
				p -> response(p, null));
	}

	@GetMapping("/member-proposals/{member}/{id}")
	@Operation(summary = "One member's proposal, with the decision if made")
	MemberProposalResponse get(@PathVariable String tenant, @PathVariable String member, @PathVariable UUID id) {
		MemberProposal proposal = decisions.proposal(member, id);
		return response(proposal, decisions.decisionOn(member, id).orElse(null));
	}

	@PostMapping("/member-proposals/{member}/{id}/accept")
	@Operation(summary = "Accept a proposal", description = "A new shared organisation, or the change applied to the shared one, in one transaction with the decision; 409 when already decided or the name is taken")
	ResponseEntity<DecisionResponse> accept(@PathVariable String tenant, @PathVariable String member,
			@PathVariable UUID id) {
		Decision decision = decisions.accept(member, id);
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionResponse.of(decision, names.of(member)));
	}

	@PostMapping("/member-proposals/{member}/{id}/decline")
	@Operation(summary = "Decline a proposal with a reason", description = "The proposing municipality reads the reason")
	ResponseEntity<DecisionResponse> decline(@PathVariable String tenant, @PathVariable String member,
			@PathVariable UUID id, @Valid @RequestBody Declining body) {
		Decision decision = decisions.decline(member, id, body.reason());
		return ResponseEntity.status(HttpStatus.CREATED).body(DecisionResponse.of(decision, names.of(member)));
	}

	@GetMapping("/decisions")
	@Operation(summary = "Decisions made on members' proposals", description = "Paged, latest first")
	PageResponse<DecisionResponse> decided(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(decisions.decided(Paging.of(page, size, null, Set.of(),
				Sort.by(Sort.Direction.DESC, "decidedAt").and(Sort.by("id")))), d -> DecisionResponse.of(d, names.of(d.getMemberKey())));
	}

	private MemberProposalResponse response(MemberProposal p, Decision decision) {
		return new MemberProposalResponse(p.memberKey(), names.of(p.memberKey()), p.id(), p.kind(), p.targetId(),
				p.organisation(), p.comment(), p.createdAt(),
				decision == null ? null : DecisionResponse.of(decision, names.of(decision.getMemberKey())));
	}
}

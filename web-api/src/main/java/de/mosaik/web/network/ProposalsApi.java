package de.mosaik.web.network;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.ProposalData;
import de.mosaik.core.network.ProposalService;
import de.mosaik.core.network.ProposalView;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.network.Responses.ProposalResponse;
import de.mosaik.web.problem.Versions;
import de.mosaik.web.security.Identities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/network/proposals")
@Tag(name = "Network: proposals to the county", description = "A member municipality proposes new organisations or changes to shared ones; the county coordinator decides, the proposer reads the outcome")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.READERS)
class ProposalsApi {

	static final Set<String> SORTABLE = Set.of("createdAt", "name");

	private final ProposalService proposals;

	ProposalsApi(ProposalService proposals) {
		this.proposals = proposals;
	}

	@GetMapping
	@Operation(summary = "This municipality's proposals with their outcome", description = "Paged, latest first; status PENDING, ACCEPTED or DECLINED (with the county's reason)")
	PageResponse<ProposalResponse> list(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(proposals.list(Paging.of(page, size, sort, SORTABLE,
				Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))), ProposalResponse::of);
	}

	@PostMapping
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Propose an organisation to the county's directory", description = "Without targetId a new organisation, with targetId (a shared county organisation) a change to it; organisation.type is one of the county's type codes")
	ResponseEntity<ProposalResponse> create(@PathVariable String tenant, @Valid @RequestBody ProposalData data,
			Authentication authentication) {
		ProposalView view = proposals.create(data, Identities.displayName(authentication));
		return Etags.created("/api/v1/tenants/" + tenant + "/network/proposals/" + view.proposal().getId(),
				view.proposal().getVersion(), ProposalResponse.of(view));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One proposal with its outcome")
	ResponseEntity<ProposalResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		ProposalView view = proposals.get(id);
		return Etags.ok(view.proposal().getVersion(), ProposalResponse.of(view));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Withdraw a proposal the county has not decided on", description = "Requires If-Match; 409 once decided")
	ResponseEntity<Void> withdraw(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		proposals.withdraw(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

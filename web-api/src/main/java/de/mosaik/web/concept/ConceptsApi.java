package de.mosaik.web.concept;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptData;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.StatusChange;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.concept.Responses.ConceptResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/concepts")
@Tag(name = "Integration concept", description = "The versions of the integration concept (Integrationskonzept) and their adoption")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class ConceptsApi {

	static final Set<String> SORTABLE = Set.of("edition", "title", "status", "resolutionDate", "createdAt", "updatedAt");

	private final ConceptService concepts;

	ConceptsApi(ConceptService concepts) {
		this.concepts = concepts;
	}

	@GetMapping
	@Operation(summary = "List the concept's versions", description = "Paged; newest edition first unless sorted by edition, title, status, resolutionDate, createdAt or updatedAt")
	PageResponse<ConceptResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(
				concepts.list(q, Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "edition"))),
				ConceptResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One version of the concept, with its version as ETag")
	ResponseEntity<ConceptResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Concept c = concepts.get(id);
		return Etags.ok(c.getVersion(), ConceptResponse.of(c));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Start a new version of the concept", description = "Starts as DRAFT with the next edition number")
	ResponseEntity<ConceptResponse> create(@PathVariable String tenant, @Valid @RequestBody ConceptData data) {
		Concept c = concepts.create(data);
		return Etags.created("/api/v1/tenants/" + tenant + "/concepts/" + c.getId(), c.getVersion(),
				ConceptResponse.of(c));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change title and description", description = "Requires If-Match with the ETag last read")
	ResponseEntity<ConceptResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ConceptData data) {
		Concept c = concepts.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(c.getVersion(), ConceptResponse.of(c));
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Move the concept on: IN_CONSULTATION, back to DRAFT, or ADOPTED",
			description = "ADOPTED needs resolutionDate and resolutionReference of the council resolution and supersedes the version adopted before. Requires If-Match.")
	ResponseEntity<ConceptResponse> changeStatus(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody StatusChange change) {
		Concept c = concepts.changeStatus(id, Versions.fromIfMatch(ifMatch), change);
		return Etags.ok(c.getVersion(), ConceptResponse.of(c));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a version that is neither adopted nor superseded and has no goals", description = "Requires If-Match")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		concepts.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

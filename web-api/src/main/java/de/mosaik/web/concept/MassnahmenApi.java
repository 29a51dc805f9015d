package de.mosaik.web.concept;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeData;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.concept.MassnahmeStatus;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.concept.Responses.MassnahmeResponse;
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
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Measures", description = "The measures (Maßnahmen) of a goal; budgets in EUR")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class MassnahmenApi {

	static final Set<String> SORTABLE = Set.of("title", "status", "startDate", "endDate", "budgetPlanned",
			"budgetSpent", "createdAt", "updatedAt");

	private final MassnahmeService massnahmen;

	MassnahmenApi(MassnahmeService massnahmen) {
		this.massnahmen = massnahmen;
	}

	@GetMapping("/goals/{goalId}/measures")
	@Operation(summary = "List the measures of a goal", description = "Paged; filter by status, search title and partners with q; sort by title, status, startDate, endDate, budgetPlanned, budgetSpent, createdAt or updatedAt")
	PageResponse<MassnahmeResponse> list(@PathVariable String tenant, @PathVariable UUID goalId,
			@RequestParam(required = false) MassnahmeStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(massnahmen.list(goalId, status, q,
				Paging.of(page, size, sort, SORTABLE, Sort.by("title").and(Sort.by("id")))), MassnahmeResponse::of);
	}

	@PostMapping("/goals/{goalId}/measures")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Add a measure to a goal", description = "endDate not before startDate; budgets not negative")
	ResponseEntity<MassnahmeResponse> create(@PathVariable String tenant, @PathVariable UUID goalId,
			@Valid @RequestBody MassnahmeData data) {
		Massnahme m = massnahmen.create(goalId, data);
		return Etags.created("/api/v1/tenants/" + tenant + "/measures/" + m.getId(), m.getVersion(),
				MassnahmeResponse.of(m));
	}

	@GetMapping("/measures/{id}")
	@Operation(summary = "One measure, with its version as ETag")
	ResponseEntity<MassnahmeResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Massnahme m = massnahmen.get(id);
		return Etags.ok(m.getVersion(), MassnahmeResponse.of(m));
	}

	@PutMapping("/measures/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a measure", description = "Requires If-Match with the ETag last read")
	ResponseEntity<MassnahmeResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MassnahmeData data) {
		Massnahme m = massnahmen.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(m.getVersion(), MassnahmeResponse.of(m));
	}

	@DeleteMapping("/measures/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a measure with its milestones", description = "Requires If-Match; tasks keep existing without the link")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		massnahmen.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

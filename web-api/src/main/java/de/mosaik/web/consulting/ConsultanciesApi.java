package de.mosaik.web.consulting;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.consulting.Consultancy;
import de.mosaik.core.consulting.ConsultancyData;
import de.mosaik.core.consulting.ConsultancyService;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
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
@RequestMapping("/api/v1/tenants/{tenant}/consultancies")
@Tag(name = "Consultancies", description = "External consultants commissioned for the concept: organisation, contract, scope, period, budget (EUR)")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class ConsultanciesApi {

	static final Set<String> SORTABLE = Set.of("organisation", "periodFrom", "periodTo", "budgetPlanned", "createdAt",
			"updatedAt");

	private final ConsultancyService consultancies;

	ConsultanciesApi(ConsultancyService consultancies) {
		this.consultancies = consultancies;
	}

	@GetMapping
	@Operation(summary = "List the consultancies", description = "Paged; latest period first unless sorted by organisation, periodFrom, periodTo, budgetPlanned, createdAt or updatedAt; q searches organisation, scope and contract reference; filter by conceptId")
	PageResponse<ConsultancyResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID conceptId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(consultancies.list(conceptId, q, Paging.of(page, size, sort, SORTABLE,
				Sort.by(Sort.Direction.DESC, "periodFrom").and(Sort.by("organisation", "id")))), ConsultancyResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One consultancy, with its version as ETag")
	ResponseEntity<ConsultancyResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Consultancy c = consultancies.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(c.getVersion())).body(ConsultancyResponse.of(c));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Record a consultancy", description = "periodTo not before periodFrom; budgets at least 0; conceptId a version of this council's concept")
	ResponseEntity<ConsultancyResponse> create(@PathVariable String tenant, @Valid @RequestBody ConsultancyData data) {
		Consultancy c = consultancies.create(data);
		return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant + "/consultancies/" + c.getId()))
			.eTag(Versions.etag(c.getVersion()))
			.body(ConsultancyResponse.of(c));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a consultancy", description = "Requires If-Match with the ETag last read")
	ResponseEntity<ConsultancyResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ConsultancyData data) {
		Consultancy c = consultancies.update(id, Versions.fromIfMatch(ifMatch), data);
		return ResponseEntity.ok().eTag(Versions.etag(c.getVersion())).body(ConsultancyResponse.of(c));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a consultancy", description = "Requires If-Match")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		consultancies.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

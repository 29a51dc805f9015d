package de.mosaik.web.monitoring;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.monitoring.Indicator;
import de.mosaik.core.monitoring.IndicatorData;
import de.mosaik.core.monitoring.IndicatorService;
import de.mosaik.core.monitoring.Origin;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.monitoring.Responses.IndicatorResponse;
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
@RequestMapping("/api/v1/tenants/{tenant}/monitoring/indicators")
@Tag(name = "Monitoring: indicators", description = "The indicator catalogue: the standard catalogue (read-only) and the tenant's own indicators")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Roles.READERS)
class IndicatorsApi {

	static final Set<String> SORTABLE = Set.of("code", "name", "unit", "kind", "origin", "createdAt", "updatedAt");

	private final IndicatorService indicators;

	IndicatorsApi(IndicatorService indicators) {
		this.indicators = indicators;
	}

	@GetMapping
	@Operation(summary = "List indicators", description = "Paged; q searches code and names; origin STANDARD or OWN; sort by code (default), name, unit, kind, origin, createdAt, updatedAt")
	PageResponse<IndicatorResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) Origin origin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(indicators.list(q, origin, Paging.of(page, size, sort, SORTABLE, Sort.by("code", "id"))),
				IndicatorResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One indicator, with its version as ETag")
	ResponseEntity<IndicatorResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Indicator i = indicators.get(id);
		return Etags.ok(i.getVersion(), IndicatorResponse.of(i));
	}

	@PostMapping
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Add an own indicator", description = "Codes are unique regardless of case; a RATE needs its scale (100, 1000, 10000 or 100000)")
	ResponseEntity<IndicatorResponse> create(@PathVariable String tenant, @Valid @RequestBody IndicatorData data) {
		Indicator i = indicators.create(data);
		return Etags.created("/api/v1/tenants/" + tenant + "/monitoring/indicators/" + i.getId(), i.getVersion(),
				IndicatorResponse.of(i));
	}

	@PutMapping("/{id}")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Change an own indicator", description = "Requires If-Match; standard indicators are read-only (409); the code of an indicator with values stays")
	ResponseEntity<IndicatorResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody IndicatorData data) {
		Indicator i = indicators.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(i.getVersion(), IndicatorResponse.of(i));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Delete an own indicator without values", description = "Requires If-Match; 409 for standard indicators and while values exist")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		indicators.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

package de.mosaik.web.monitoring;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.monitoring.IndicatorValue;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.core.monitoring.ValueData;
import de.mosaik.core.monitoring.ValueFilter;
import de.mosaik.core.monitoring.ValueService;
import de.mosaik.core.monitoring.ValueSource;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.monitoring.Responses.ValueResponse;
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
@RequestMapping("/api/v1/tenants/{tenant}/monitoring")
@Tag(name = "Monitoring: values", description = "Values per indicator, area and period, entered by hand or imported")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Roles.READERS)
class ValuesApi {

	static final Set<String> SORTABLE = Set.of("periodStart", "area", "value", "source", "createdAt", "updatedAt");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "periodStart").and(Sort.by("area", "id"));

	private final ValueService values;

	private final ValueExport export;

	ValuesApi(ValueService values, ValueExport export) {
		this.values = values;
		this.export = export;
	}

	@GetMapping("/values")
	@Operation(summary = "List values", description = "Paged; filter by indicator, period type, source (MANUAL or IMPORT), area or import; sort by periodStart (default, newest first), area, value, source, createdAt, updatedAt")
	PageResponse<ValueResponse> list(@PathVariable String tenant, @RequestParam(required = false) UUID indicatorId,
			@RequestParam(required = false) PeriodType periodType, @RequestParam(required = false) ValueSource source,
			@RequestParam(required = false) String area, @RequestParam(required = false) UUID importId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(values.list(new ValueFilter(indicatorId, periodType, source, area, importId),
				Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT)), ValueResponse::of);
	}

	@GetMapping("/values.csv")
	@Operation(summary = "All values as CSV", description = "Same filters as the list; UTF-8 with BOM, ';', decimal comma")
	ResponseEntity<byte[]> csv(@PathVariable String tenant, @RequestParam(required = false) UUID indicatorId,
			@RequestParam(required = false) PeriodType periodType, @RequestParam(required = false) ValueSource source,
			@RequestParam(required = false) String area, @RequestParam(required = false) UUID importId) {
		return export.csv(new ValueFilter(indicatorId, periodType, source, area, importId))
			.download("monitoring-values-" + tenant + ".csv");
	}

	@GetMapping("/values/{id}")
	@Operation(summary = "One value, with its version as ETag")
	ResponseEntity<ValueResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		IndicatorValue v = values.get(id);
		return Etags.ok(v.getVersion(), ValueResponse.of(v));
	}

	@PostMapping("/values")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Enter a value for the council's own area", description = "Period: 2025, 2025-Q3 or 2025-07; one value per indicator and period (409 otherwise); a rate without value is computed from numerator and denominator")
	ResponseEntity<ValueResponse> create(@PathVariable String tenant, @Valid @RequestBody ValueData data) {
		IndicatorValue v = values.create(data);
		return Etags.created("/api/v1/tenants/" + tenant + "/monitoring/values/" + v.getId(), v.getVersion(),
				ValueResponse.of(v));
	}

	@PutMapping("/values/{id}")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Change a value entered by hand", description = "Requires If-Match; imported values change only by undoing their import (409)")
	ResponseEntity<ValueResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ValueData data) {
		IndicatorValue v = values.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(v.getVersion(), ValueResponse.of(v));
	}

	@DeleteMapping("/values/{id}")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Delete a value entered by hand", description = "Requires If-Match; imported values go by undoing their import (409)")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		values.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

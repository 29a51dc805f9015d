package de.mosaik.web.needs;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.needs.NeedsAnalysis;
import de.mosaik.core.needs.NeedsAnalysisData;
import de.mosaik.core.needs.NeedsAnalysisService;
import de.mosaik.core.needs.NeedsMethod;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.needs.Responses.NeedsAnalysisResponse;
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
@RequestMapping("/api/v1/tenants/{tenant}/needs-analyses")
@Tag(name = "Needs analyses", description = "Needs analyses (Bedarfsanalysen): method, date, participants as counts (no personal data), summary")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class NeedsAnalysesApi {

	static final Set<String> SORTABLE = Set.of("conductedOn", "title", "method", "createdAt", "updatedAt");

	private final NeedsAnalysisService analyses;

	NeedsAnalysesApi(NeedsAnalysisService analyses) {
		this.analyses = analyses;
	}

	@GetMapping
	@Operation(summary = "List the needs analyses", description = "Paged; newest first unless sorted by conductedOn, title, method, createdAt or updatedAt; q searches title, summary and findings; filter by method")
	PageResponse<NeedsAnalysisResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) NeedsMethod method, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(analyses.list(method, q, Paging.of(page, size, sort, SORTABLE,
				Sort.by(Sort.Direction.DESC, "conductedOn").and(Sort.by("title", "id")))), NeedsAnalysisResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One needs analysis, with its version as ETag")
	ResponseEntity<NeedsAnalysisResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		NeedsAnalysis a = analyses.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(a.getVersion())).body(NeedsAnalysisResponse.of(a));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Record a needs analysis", description = "Participants are counts: participantsTotal and groups [{label, participants}], each at least 0 and no group above the total")
	ResponseEntity<NeedsAnalysisResponse> create(@PathVariable String tenant, @Valid @RequestBody NeedsAnalysisData data) {
		NeedsAnalysis a = analyses.create(data);
		return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant + "/needs-analyses/" + a.getId()))
			.eTag(Versions.etag(a.getVersion()))
			.body(NeedsAnalysisResponse.of(a));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a needs analysis", description = "Requires If-Match with the ETag last read")
	ResponseEntity<NeedsAnalysisResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody NeedsAnalysisData data) {
		NeedsAnalysis a = analyses.update(id, Versions.fromIfMatch(ifMatch), data);
		return ResponseEntity.ok().eTag(Versions.etag(a.getVersion())).body(NeedsAnalysisResponse.of(a));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a needs analysis with its findings", description = "Requires If-Match; the goals and measures its findings justified stay")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		analyses.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

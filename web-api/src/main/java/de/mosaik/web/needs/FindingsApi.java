package de.mosaik.web.needs;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.needs.Finding;
import de.mosaik.core.needs.FindingData;
import de.mosaik.core.needs.FindingService;
import de.mosaik.web.needs.Responses.FindingResponse;
import de.mosaik.web.needs.Responses.JustificationResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Findings of needs analyses", description = "The ordered findings of a needs analysis, each linked to the goals and measures it justifies")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class FindingsApi {

	private final FindingService findings;

	FindingsApi(FindingService findings) {
		this.findings = findings;
	}

	@GetMapping("/needs-analyses/{analysisId}/findings")
	@Operation(summary = "The findings of a needs analysis, in their order")
	List<FindingResponse> list(@PathVariable String tenant, @PathVariable UUID analysisId) {
		return findings.list(analysisId).stream().map(FindingResponse::of).toList();
	}

	@PostMapping("/needs-analyses/{analysisId}/findings")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Add a finding", description = "At position (from 1; the findings from there move down) or at the end; goalIds and measureIds must be goals and measures of this council")
	ResponseEntity<FindingResponse> create(@PathVariable String tenant, @PathVariable UUID analysisId,
			@Valid @RequestBody FindingData data) {
		Finding f = findings.create(analysisId, data);
		return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant + "/findings/" + f.getId()))
			.eTag(Versions.etag(f.getVersion()))
			.body(FindingResponse.of(f));
	}

	@GetMapping("/findings/{id}")
	@Operation(summary = "One finding, with its version as ETag")
	ResponseEntity<FindingResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Finding f = findings.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(f.getVersion())).body(FindingResponse.of(f));
	}

	@PutMapping("/findings/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a finding, its links or its place", description = "Requires If-Match with the ETag last read")
	ResponseEntity<FindingResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody FindingData data) {
		Finding f = findings.update(id, Versions.fromIfMatch(ifMatch), data);
		return ResponseEntity.ok().eTag(Versions.etag(f.getVersion())).body(FindingResponse.of(f));
	}

	@DeleteMapping("/findings/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a finding", description = "Requires If-Match; the findings after it move up")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		findings.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/goals/{goalId}/justifications")
	@Operation(summary = "The findings that justify a goal", description = "Newest analysis first")
	List<JustificationResponse> ofGoal(@PathVariable String tenant, @PathVariable UUID goalId) {
		return findings.justifyingGoal(goalId).stream().map(JustificationResponse::of).toList();
	}

	@GetMapping("/measures/{measureId}/justifications")
	@Operation(summary = "The findings that justify a measure", description = "Newest analysis first")
	List<JustificationResponse> ofMeasure(@PathVariable String tenant, @PathVariable UUID measureId) {
		return findings.justifyingMeasure(measureId).stream().map(JustificationResponse::of).toList();
	}
}

package de.mosaik.web.concept;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.concept.Milestone;
import de.mosaik.core.concept.MilestoneData;
import de.mosaik.core.concept.MilestoneService;
import de.mosaik.web.concept.Responses.MilestoneResponse;
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
@Tag(name = "Milestones", description = "The milestones of a measure")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class MilestonesApi {

	private final MilestoneService milestones;

	MilestonesApi(MilestoneService milestones) {
		this.milestones = milestones;
	}

	@GetMapping("/measures/{measureId}/milestones")
	@Operation(summary = "The milestones of a measure, by due date", description = "A measure has few milestones: not paged")
	List<MilestoneResponse> list(@PathVariable String tenant, @PathVariable UUID measureId) {
		return milestones.list(measureId).stream().map(MilestoneResponse::of).toList();
	}

	@PostMapping("/measures/{measureId}/milestones")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Add a milestone to a measure")
	ResponseEntity<MilestoneResponse> create(@PathVariable String tenant, @PathVariable UUID measureId,
			@Valid @RequestBody MilestoneData data) {
		Milestone m = milestones.create(measureId, data);
		return Etags.created("/api/v1/tenants/" + tenant + "/milestones/" + m.getId(), m.getVersion(),
				MilestoneResponse.of(m));
	}

	@GetMapping("/milestones/{id}")
	@Operation(summary = "One milestone, with its version as ETag")
	ResponseEntity<MilestoneResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Milestone m = milestones.get(id);
		return Etags.ok(m.getVersion(), MilestoneResponse.of(m));
	}

	@PutMapping("/milestones/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a milestone, e.g. mark it done", description = "Requires If-Match with the ETag last read")
	ResponseEntity<MilestoneResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MilestoneData data) {
		Milestone m = milestones.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(m.getVersion(), MilestoneResponse.of(m));
	}

	@DeleteMapping("/milestones/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a milestone", description = "Requires If-Match")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		milestones.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

package de.mosaik.web.concept;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.GoalData;
import de.mosaik.core.concept.GoalService;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.concept.Responses.GoalResponse;
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
@Tag(name = "Goals", description = "The goals of a concept, each in a field of action")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class GoalsApi {

	static final Set<String> SORTABLE = Set.of("title", "targetYear", "createdAt", "updatedAt");

	private final GoalService goals;

	GoalsApi(GoalService goals) {
		this.goals = goals;
	}

	@GetMapping("/concepts/{conceptId}/goals")
	@Operation(summary = "List the goals of a concept", description = "Paged; filter by fieldOfActionId, search the title with q; sort by title, targetYear, createdAt or updatedAt")
	PageResponse<GoalResponse> list(@PathVariable String tenant, @PathVariable UUID conceptId,
			@RequestParam(required = false) UUID fieldOfActionId, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(goals.list(conceptId, fieldOfActionId, q,
				Paging.of(page, size, sort, SORTABLE, Sort.by("title").and(Sort.by("id")))), GoalResponse::of);
	}

	@PostMapping("/concepts/{conceptId}/goals")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Add a goal to a concept")
	ResponseEntity<GoalResponse> create(@PathVariable String tenant, @PathVariable UUID conceptId,
			@Valid @RequestBody GoalData data) {
		Goal g = goals.create(conceptId, data);
		return Etags.created("/api/v1/tenants/" + tenant + "/goals/" + g.getId(), g.getVersion(), GoalResponse.of(g));
	}

	@GetMapping("/goals/{id}")
	@Operation(summary = "One goal, with its version as ETag")
	ResponseEntity<GoalResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Goal g = goals.get(id);
		return Etags.ok(g.getVersion(), GoalResponse.of(g));
	}

	@PutMapping("/goals/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a goal", description = "Requires If-Match with the ETag last read")
	ResponseEntity<GoalResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody GoalData data) {
		Goal g = goals.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(g.getVersion(), GoalResponse.of(g));
	}

	@DeleteMapping("/goals/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a goal without measures", description = "Requires If-Match; 409 while it has measures")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		goals.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

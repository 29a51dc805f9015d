package de.mosaik.web.framework;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.FrameworkRelease;
import de.mosaik.core.concept.FrameworkService;
import de.mosaik.core.concept.PublishData;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.framework.Responses.MemberResponse;
import de.mosaik.web.framework.Responses.ReleaseDetailResponse;
import de.mosaik.web.framework.Responses.ReleaseResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/framework")
@Tag(name = "County framework", description = "A county publishes its concept's goals as a framework and follows its members' adoption and progress (counts only). Counties only: 404 for a municipality.")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class FrameworkApi {

	static final Set<String> SORTABLE = Set.of("number", "publishedAt");

	static final Set<String> MEMBER_SORTABLE = Set.of("name", "ags");

	private final FrameworkService framework;

	private final MemberRows members;

	FrameworkApi(FrameworkService framework, MemberRows members) {
		this.framework = framework;
		this.members = members;
	}

	@GetMapping("/releases")
	@Operation(summary = "The county's published releases", description = "Paged; newest first unless sorted by number or publishedAt")
	PageResponse<ReleaseResponse> releases(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(framework.releases(Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "number"))),
				ReleaseResponse::of);
	}

	@PostMapping("/releases")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Publish the goals of a version of the county's concept", description = "A snapshot of its goals with their fields of action, numbered after the last release; the members can adopt it from then on")
	ResponseEntity<ReleaseDetailResponse> publish(@PathVariable String tenant, @Valid @RequestBody PublishData data) {
		FrameworkRelease r = framework.publish(data);
		return ResponseEntity.created(java.net.URI.create("/api/v1/tenants/" + tenant + "/framework/releases/" + r.getId()))
			.eTag(Versions.etag(r.getVersion()))
			.body(ReleaseDetailResponse.of(ReleaseResponse.of(r), framework.goals(r.getId())));
	}

	@GetMapping("/releases/{id}")
	@Operation(summary = "One release with its fields of action and goals")
	ResponseEntity<ReleaseDetailResponse> release(@PathVariable String tenant, @PathVariable UUID id) {
		FrameworkRelease r = framework.release(id);
		return ResponseEntity.ok()
			.eTag(Versions.etag(r.getVersion()))
			.body(ReleaseDetailResponse.of(ReleaseResponse.of(r), framework.goals(id)));
	}

	@GetMapping("/members")
	@Operation(summary = "The county's member municipalities with adoption and progress",
			description = "Every member of the official register: whether it works with Mosaik, its latest adoption (release, date, status of its concept version) and per goal of the county the goals it took over and their measures by status. Counts only, never a text of the member. Filter by q (name or key) and state (ALL, ADOPTED, NOT_ADOPTED, NOT_ON_MOSAIK); sort by name or ags.")
	PageResponse<MemberResponse> members(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "ALL") MemberRows.State state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "name or ags [,asc|desc]") @RequestParam(required = false) String sort) {
		Pageable request = Paging.of(page, size, sort, MEMBER_SORTABLE, Sort.by("name"));
		Sort.Order order = request.getSort().iterator().next();
		return PageResponse.of(members.page(members.all(), q, state, order.getProperty(), order.isDescending(), request),
				MemberResponse::of);
	}
}

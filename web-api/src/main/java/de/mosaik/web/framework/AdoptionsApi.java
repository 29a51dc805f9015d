package de.mosaik.web.framework;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.AdoptionData;
import de.mosaik.core.concept.AdoptionService;
import de.mosaik.core.concept.FrameworkAdoption;
import de.mosaik.core.concept.FrameworkReleaseView;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.framework.Responses.AdoptionResponse;
import de.mosaik.web.framework.Responses.ReleaseDetailResponse;
import de.mosaik.web.framework.Responses.ReleaseResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
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
@Tag(name = "County framework: adoption", description = "A member municipality reads its county's framework and adopts a release into a version of its concept. Member municipalities of a county on Mosaik only: 404 otherwise.")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class AdoptionsApi {

	static final Set<String> SORTABLE = Set.of("adoptedAt", "releaseNumber");

	private final AdoptionService adoptions;

	AdoptionsApi(AdoptionService adoptions) {
		this.adoptions = adoptions;
	}

	@GetMapping("/published")
	@Operation(summary = "The releases the county published", description = "Paged, newest first")
	PageResponse<ReleaseResponse> published(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageRequest request = (PageRequest) Paging.of(page, size, null, Set.of(), Sort.by(Sort.Direction.DESC, "number"));
		return PageResponse.of(adoptions.published(request), ReleaseResponse::of);
	}

	@GetMapping("/published/{id}")
	@Operation(summary = "One release of the county with its fields of action and goals")
	ReleaseDetailResponse publishedRelease(@PathVariable String tenant, @PathVariable UUID id) {
		FrameworkReleaseView r = adoptions.publishedRelease(id);
		return ReleaseDetailResponse.of(ReleaseResponse.of(r), adoptions.publishedGoals(id));
	}

	@GetMapping("/adoptions")
	@Operation(summary = "This municipality's adoptions", description = "Paged; newest first unless sorted by adoptedAt or releaseNumber")
	PageResponse<AdoptionResponse> list(@PathVariable String tenant, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(adoptions.adoptions(
				Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "adoptedAt").and(Sort.by("id")))),
				AdoptionResponse::of);
	}

	@GetMapping("/adoptions/{id}")
	@Operation(summary = "One adoption, with its version as ETag")
	ResponseEntity<AdoptionResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		FrameworkAdoption a = adoptions.adoption(id);
		return ResponseEntity.ok().eTag(Versions.etag(a.getVersion())).body(AdoptionResponse.of(a));
	}

	@PostMapping("/adoptions")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Adopt a release of the county's framework into a version of this municipality's concept",
			description = "Copies each goal with the county and the county's goal as its source; fields of action are matched by name or added. Goals the version already took over stay as they are (goalsPresent). A superseded version cannot adopt.")
	ResponseEntity<AdoptionResponse> adopt(@PathVariable String tenant, @Valid @RequestBody AdoptionData data) {
		FrameworkAdoption a = adoptions.adopt(data);
		return ResponseEntity.created(java.net.URI.create("/api/v1/tenants/" + tenant + "/framework/adoptions/" + a.getId()))
			.eTag(Versions.etag(a.getVersion()))
			.body(AdoptionResponse.of(a));
	}
}

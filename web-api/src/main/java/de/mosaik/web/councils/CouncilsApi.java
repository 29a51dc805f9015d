package de.mosaik.web.councils;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.mosaik.admin.onboarding.OnboardingJob;
import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.suspension.Suspensions;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.problem.InvalidParameter;
import de.mosaik.web.security.TenantAuthentication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platform")
@Tag(name = "Councils", description = "Operators: councils as tenants, onboarding from the official register")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class CouncilsApi {

	static final Set<String> SORTABLE = Set.of("name", "ags", "kind", "status", "createdAt", "updatedAt");

	private final Tenants tenants;

	private final OnboardingService onboarding;

	private final Suspensions suspensions;

	CouncilsApi(Tenants tenants, OnboardingService onboarding, Suspensions suspensions) {
		this.suspensions = suspensions;
		this.tenants = tenants;
		this.onboarding = onboarding;
	}

	@GetMapping("/councils")
	@Operation(summary = "Search councils", description = "By name or key prefix, filtered by kind, status and migration state")
	PageResponse<CouncilResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) String migrationState, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
		return PageResponse.of(tenants.search(blankToNull(q), parse(CouncilKind.class, "kind", kind),
				parse(TenantStatus.class, "status", status),
				parse(MigrationState.class, "migrationState", migrationState),
				Paging.of(page, size, sort, SORTABLE, Sort.by("ags"))), CouncilResponse::of);
	}

	@GetMapping("/councils/{ags}")
	@Operation(summary = "One council")
	CouncilResponse get(@PathVariable String ags) {
		return CouncilResponse.of(find(ags));
	}

	@PostMapping("/councils")
	@Operation(summary = "Onboard one council", description = "Checks the key against the official register, takes the "
			+ "official name from it, creates and provisions the tenant. A municipality needs its county onboarded.")
	ResponseEntity<CouncilResponse> onboard(@Valid @RequestBody OnboardingRequest request) {
		Tenant tenant = onboarding.onboard(request.ags(), actor());
		HttpStatus status = tenant.getStatus() == TenantStatus.ACTIVE ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status)
			.location(URI.create("/api/v1/platform/councils/" + tenant.getAgs()))
			.body(CouncilResponse.of(tenant));
	}

	@PostMapping("/councils/{ags}/provisioning")
	@Operation(summary = "Retry the provisioning of a council that is still PROVISIONING")
	CouncilResponse retry(@PathVariable String ags) {
		find(ags);
		return CouncilResponse.of(onboarding.retryProvisioning(ags, actor()));
	}

	/** Why a council is suspended. */
	record SuspensionRequest(
			@NotBlank(message = "{suspension.reason.required}") @Size(max = 500, message = "{suspension.reason.size}") String reason) {
	}

	@PostMapping("/councils/{ags}/suspension")
	@Operation(summary = "Suspend a council", description = "Its people can still sign in, read and export, but "
			+ "every change is answered 423 with a problem of type tenant-suspended. 409 unless the council is ACTIVE.")
	CouncilResponse suspend(@PathVariable String ags, @Valid @RequestBody SuspensionRequest request) {
		return CouncilResponse.of(suspensions.suspend(find(ags), request.reason(), actor()));
	}

	@DeleteMapping("/councils/{ags}/suspension")
	@Operation(summary = "Lift a council's suspension", description = "409 unless the council is SUSPENDED")
	CouncilResponse resume(@PathVariable String ags) {
		return CouncilResponse.of(suspensions.resume(find(ags), actor()));
	}

	@PostMapping("/onboarding-jobs")
	@Operation(summary = "Onboard a whole county", description = "The county (unless onboarded) and all its member "
			+ "municipalities not yet onboarded; runs in the background, poll the job for progress")
	ResponseEntity<OnboardingJobResponse> onboardCounty(@Valid @RequestBody OnboardingRequest request) {
		OnboardingJob job = onboarding.onboardCounty(request.ags(), actor());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/platform/onboarding-jobs/" + job.getId()))
			.body(OnboardingJobResponse.of(job));
	}

	@GetMapping("/onboarding-jobs")
	@Operation(summary = "The latest county onboarding jobs")
	List<OnboardingJobResponse> jobs() {
		return onboarding.recentJobs().stream().map(OnboardingJobResponse::of).toList();
	}

	@GetMapping("/onboarding-jobs/{id}")
	@Operation(summary = "Progress of a county onboarding job")
	OnboardingJobResponse job(@PathVariable UUID id) {
		return onboarding.job(id).map(OnboardingJobResponse::of).orElseThrow(() -> new NotFoundException("job", id));
	}

	private Tenant find(String ags) {
		return tenants.findByAgs(ags).orElseThrow(() -> new NotFoundException("council", ags));
	}

	static String actor() {
		return ((TenantAuthentication) SecurityContextHolder.getContext().getAuthentication()).actor();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameter(field, "problem.enum.unknown", value));
	}

}

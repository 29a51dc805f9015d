package de.mosaik.web.departments;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.department.Department;
import de.mosaik.core.department.DepartmentData;
import de.mosaik.core.department.DepartmentService;
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
@RequestMapping("/api/v1/tenants/{tenant}/departments")
@Tag(name = "Departments", description = "The administration's departments (Fachbereiche, Ämter)")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class DepartmentsApi {

	static final Set<String> SORTABLE = Set.of("name", "shortName", "createdAt", "updatedAt");

	private final DepartmentService departments;

	DepartmentsApi(DepartmentService departments) {
		this.departments = departments;
	}

	@GetMapping
	@Operation(summary = "List departments", description = "Paged; sort by name, shortName, createdAt or updatedAt")
	PageResponse<DepartmentResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(
				departments.list(q, Paging.of(page, size, sort, SORTABLE, Sort.by("name").and(Sort.by("id")))),
				DepartmentResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One department, with its version as ETag")
	ResponseEntity<DepartmentResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		return withEtag(departments.get(id));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Create a department")
	ResponseEntity<DepartmentResponse> create(@PathVariable String tenant, @Valid @RequestBody DepartmentData data) {
		Department created = departments.create(data);
		return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant + "/departments/" + created.getId()))
			.eTag(Versions.etag(created.getVersion()))
			.body(DepartmentResponse.of(created));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a department", description = "Requires If-Match with the ETag last read")
	ResponseEntity<DepartmentResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DepartmentData data) {
		return withEtag(departments.update(id, Versions.fromIfMatch(ifMatch), data));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a department", description = "Requires If-Match with the ETag last read")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		departments.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<DepartmentResponse> withEtag(Department department) {
		return ResponseEntity.ok().eTag(Versions.etag(department.getVersion())).body(DepartmentResponse.of(department));
	}
}

package de.mosaik.web.concept;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.FieldOfAction;
import de.mosaik.core.concept.FieldOfActionData;
import de.mosaik.core.concept.FieldOfActionService;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.concept.Responses.FieldOfActionResponse;
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
@RequestMapping("/api/v1/tenants/{tenant}/fields-of-action")
@Tag(name = "Fields of action", description = "The tenant's fields of action (Handlungsfelder) of the integration concept")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class FieldsOfActionApi {

	static final Set<String> SORTABLE = Set.of("name", "position", "createdAt", "updatedAt");

	private final FieldOfActionService fields;

	FieldsOfActionApi(FieldOfActionService fields) {
		this.fields = fields;
	}

	@GetMapping
	@Operation(summary = "List fields of action", description = "Paged; sort by position (default), name, createdAt or updatedAt")
	PageResponse<FieldOfActionResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(fields.list(q, Paging.of(page, size, sort, SORTABLE, Sort.by("position", "name", "id"))),
				FieldOfActionResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One field of action, with its version as ETag")
	ResponseEntity<FieldOfActionResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		FieldOfAction f = fields.get(id);
		return Etags.ok(f.getVersion(), FieldOfActionResponse.of(f));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Add a field of action")
	ResponseEntity<FieldOfActionResponse> create(@PathVariable String tenant,
			@Valid @RequestBody FieldOfActionData data) {
		FieldOfAction f = fields.create(data);
		return Etags.created("/api/v1/tenants/" + tenant + "/fields-of-action/" + f.getId(), f.getVersion(),
				FieldOfActionResponse.of(f));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a field of action", description = "Requires If-Match with the ETag last read")
	ResponseEntity<FieldOfActionResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody FieldOfActionData data) {
		FieldOfAction f = fields.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(f.getVersion(), FieldOfActionResponse.of(f));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a field of action no goal names", description = "Requires If-Match; 409 while goals name it")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		fields.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

package de.mosaik.web.network;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.DirectoryService;
import de.mosaik.core.network.WorkingGroup;
import de.mosaik.core.network.WorkingGroupData;
import de.mosaik.core.network.WorkingGroupService;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.network.Responses.WorkingGroupResponse;
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
@RequestMapping("/api/v1/tenants/{tenant}/network")
@Tag(name = "Network: working groups", description = "Networks and working groups (Arbeitskreise) with their member organisations")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.READERS)
class WorkingGroupsApi {

	static final Set<String> SORTABLE = Set.of("name", "updatedAt", "createdAt");

	private final WorkingGroupService groups;

	private final DirectoryService directory;

	WorkingGroupsApi(WorkingGroupService groups, DirectoryService directory) {
		this.groups = groups;
		this.directory = directory;
	}

	@GetMapping("/working-groups")
	@Operation(summary = "The council's own working groups", description = "Paged; q searches name and description; sort by name, createdAt or updatedAt")
	PageResponse<WorkingGroupResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(groups.list(q, Paging.of(page, size, sort, SORTABLE, Sort.by("name").and(Sort.by("id")))),
				WorkingGroupResponse::of);
	}

	@GetMapping("/county/working-groups")
	@Operation(summary = "The county's shared working groups with their shared members", description = "For a member municipality; empty where there is no county directory")
	List<DirectoryService.CountyWorkingGroup> county(@PathVariable String tenant) {
		return directory.countyWorkingGroups();
	}

	@PostMapping("/working-groups")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Add a working group", description = "organisationIds: the council's own organisations; shared only in a county")
	ResponseEntity<WorkingGroupResponse> create(@PathVariable String tenant, @Valid @RequestBody WorkingGroupData data) {
		WorkingGroup g = groups.create(data);
		return Etags.created("/api/v1/tenants/" + tenant + "/network/working-groups/" + g.getId(), g.getVersion(),
				WorkingGroupResponse.of(g));
	}

	@GetMapping("/working-groups/{id}")
	@Operation(summary = "One working group, with its version as ETag")
	ResponseEntity<WorkingGroupResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		WorkingGroup g = groups.get(id);
		return Etags.ok(g.getVersion(), WorkingGroupResponse.of(g));
	}

	@PutMapping("/working-groups/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Change a working group and its members", description = "Requires If-Match")
	ResponseEntity<WorkingGroupResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody WorkingGroupData data) {
		WorkingGroup g = groups.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(g.getVersion(), WorkingGroupResponse.of(g));
	}

	@DeleteMapping("/working-groups/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Delete a working group", description = "Requires If-Match; its organisations stay")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		groups.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

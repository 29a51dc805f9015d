package de.mosaik.web.tasks;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.task.Task;
import de.mosaik.core.task.TaskData;
import de.mosaik.core.task.TaskFilter;
import de.mosaik.core.task.TaskService;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
@Tag(name = "Tasks", description = "Tasks (Aufgaben), optionally for a measure; my tasks; overdue ones")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class TasksApi {

	static final Set<String> SORTABLE = Set.of("dueDate", "title", "owner", "done", "createdAt", "updatedAt");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("title"),
			Sort.Order.asc("id"));

	private final TaskService tasks;

	private final MassnahmeService massnahmen;

	TasksApi(TaskService tasks, MassnahmeService massnahmen) {
		this.tasks = tasks;
		this.massnahmen = massnahmen;
	}

	@GetMapping("/tasks")
	@Operation(summary = "List tasks", description = "Paged; q searches title and owner; mine=true: the caller's (owner is their name or subject); done, overdue, measureId filter; sort by dueDate (default), title, owner, done, createdAt or updatedAt")
	PageResponse<TaskResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID measureId, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) Boolean done, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort,
			Authentication authentication) {
		LocalDate today = tasks.today();
		TaskFilter filter = new TaskFilter(q, measureId, mine ? Me.names(authentication) : null, done,
				overdue ? today : null);
		return PageResponse.of(tasks.list(filter, pageable(page, size, sort)), t -> TaskResponse.of(t, today));
	}

	@GetMapping("/measures/{measureId}/tasks")
	@Operation(summary = "The tasks of a measure", description = "Paged; done filters; sorted like /tasks")
	PageResponse<TaskResponse> ofMeasure(@PathVariable String tenant, @PathVariable UUID measureId,
			@RequestParam(required = false) Boolean done, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		massnahmen.get(measureId);
		LocalDate today = tasks.today();
		return PageResponse.of(tasks.list(new TaskFilter(null, measureId, null, done, null), pageable(page, size, sort)),
				t -> TaskResponse.of(t, today));
	}

	@GetMapping("/tasks/{id}")
	@Operation(summary = "One task, with its version as ETag")
	ResponseEntity<TaskResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		return withEtag(tasks.get(id));
	}

	@PostMapping("/tasks")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Create a task", description = "measureId, when given, must be a measure of this tenant")
	ResponseEntity<TaskResponse> create(@PathVariable String tenant, @Valid @RequestBody TaskData data) {
		Task t = tasks.create(data);
		return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant + "/tasks/" + t.getId()))
			.eTag(Versions.etag(t.getVersion()))
			.body(TaskResponse.of(t, tasks.today()));
	}

	@PutMapping("/tasks/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Change a task, e.g. mark it done", description = "Requires If-Match with the ETag last read")
	ResponseEntity<TaskResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody TaskData data) {
		return withEtag(tasks.update(id, Versions.fromIfMatch(ifMatch), data));
	}

	@DeleteMapping("/tasks/{id}")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Delete a task", description = "Requires If-Match with the ETag last read")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		tasks.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private static Pageable pageable(int page, int size, String sort) {
		return Paging.of(page, size, sort, SORTABLE, DEFAULT_SORT);
	}

	private ResponseEntity<TaskResponse> withEtag(Task t) {
		return ResponseEntity.ok().eTag(Versions.etag(t.getVersion())).body(TaskResponse.of(t, tasks.today()));
	}
}

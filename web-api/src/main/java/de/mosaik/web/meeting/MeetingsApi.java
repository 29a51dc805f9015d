package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.meeting.AttendanceData;
import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MeetingData;
import de.mosaik.core.meeting.MeetingFilter;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.meeting.MeetingStatus;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.meeting.Responses.AttendanceResponse;
import de.mosaik.web.meeting.Responses.MeetingResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
@Tag(name = "Meetings", description = "Meetings of the bodies: time, place or online link, status, attendance")
@SecurityRequirement(name = "bearer")
@PreAuthorize(MeetingPages.READERS)
class MeetingsApi {

	static final Set<String> SORTABLE = Set.of("startsAt", "endsAt", "title", "status", "createdAt", "updatedAt");

	private final MeetingService meetings;

	MeetingsApi(MeetingService meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/meetings")
	@Operation(summary = "List meetings", description = "Paged; filter by bodyId, status and the days from/to (Europe/Berlin, both included); q searches title and place; sort by startsAt (default), endsAt, title, status, createdAt or updatedAt")
	PageResponse<MeetingResponse> list(@PathVariable String tenant, @RequestParam(required = false) UUID bodyId,
			@RequestParam(required = false) MeetingStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		MeetingFilter filter = new MeetingFilter(q, bodyId, status, day(from), to == null ? null : day(to.plusDays(1)));
		return PageResponse.of(meetings.list(filter, Paging.of(page, size, sort, SORTABLE, Sort.by("startsAt", "id"))),
				MeetingResponse::of);
	}

	@PostMapping("/bodies/{bodyId}/meetings")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Plan a meeting of a body", description = "endsAt after startsAt; onlineUrl an http(s) address; status PLANNED unless given")
	ResponseEntity<MeetingResponse> create(@PathVariable String tenant, @PathVariable UUID bodyId,
			@Valid @RequestBody MeetingData data) {
		Meeting m = meetings.create(bodyId, data);
		return BodiesApi.created("/api/v1/tenants/" + tenant + "/meetings/" + m.getId(), m.getVersion(),
				MeetingResponse.of(m));
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "One meeting, with its version as ETag")
	ResponseEntity<MeetingResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Meeting m = meetings.get(id);
		return BodiesApi.ok(m.getVersion(), MeetingResponse.of(m));
	}

	@PutMapping("/meetings/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Change a meeting, e.g. its status (INVITED, HELD, CANCELLED)", description = "Requires If-Match; a change of title, time, place, link or cancellation raises the calendar sequence")
	ResponseEntity<MeetingResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MeetingData data) {
		Meeting m = meetings.update(id, Versions.fromIfMatch(ifMatch), data);
		return BodiesApi.ok(m.getVersion(), MeetingResponse.of(m));
	}

	@DeleteMapping("/meetings/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Delete a meeting with its agenda, minutes and attendance", description = "Requires If-Match; tasks from its minutes stay in the task list")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		meetings.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/meetings/{id}/attendance")
	@Operation(summary = "Who attended: presence per member and the number of guests; ETag is the meeting's version")
	ResponseEntity<AttendanceResponse> attendance(@PathVariable String tenant, @PathVariable UUID id) {
		Meeting m = meetings.get(id);
		return BodiesApi.ok(m.getVersion(), AttendanceResponse.of(m));
	}

	@PutMapping("/meetings/{id}/attendance")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Record the attendance", description = "Replaces it; every memberId a member of the meeting's body, once. Requires If-Match with the meeting's ETag")
	ResponseEntity<AttendanceResponse> recordAttendance(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AttendanceData data) {
		Meeting m = meetings.recordAttendance(id, Versions.fromIfMatch(ifMatch), data);
		return BodiesApi.ok(m.getVersion(), AttendanceResponse.of(m));
	}

	private static OffsetDateTime day(LocalDate day) {
		return day == null ? null : day.atStartOfDay(MeetingPages.ZONE).toOffsetDateTime();
	}
}

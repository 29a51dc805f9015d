package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.meeting.BodyKind;
import de.mosaik.core.meeting.MeetingSeries;
import de.mosaik.core.meeting.OutcomeService;
import de.mosaik.core.meeting.SeriesData;
import de.mosaik.core.meeting.SeriesService;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.meeting.Responses.DecisionResponse;
import de.mosaik.web.meeting.Responses.SeriesResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Meeting series and decisions", description = "Recurring meetings generated from a template; the decisions of the bodies in a period")
@SecurityRequirement(name = "bearer")
@PreAuthorize(MeetingPages.READERS)
class SeriesApi {

	private final SeriesService series;

	private final OutcomeService outcomes;

	SeriesApi(SeriesService series, OutcomeService outcomes) {
		this.series = series;
		this.outcomes = outcomes;
	}

	@GetMapping("/bodies/{bodyId}/meeting-series")
	@Operation(summary = "The meeting series of a body, with their meetings")
	List<SeriesResponse> list(@PathVariable String tenant, @PathVariable UUID bodyId) {
		return series.ofBody(bodyId).stream().map(s -> SeriesResponse.of(s, series.meetings(s.getId()))).toList();
	}

	@PostMapping("/bodies/{bodyId}/meeting-series")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Generate recurring meetings from a template", description = "WEEKLY every n weeks on dayOfWeek, or MONTHLY every n months on the weekOfMonth-th (5: last) dayOfWeek, from firstDate to lastDate, local times in Europe/Berlin; at most 60 meetings, each planned with the template's agenda")
	ResponseEntity<SeriesResponse> generate(@PathVariable String tenant, @PathVariable UUID bodyId,
			@Valid @RequestBody SeriesData data) {
		SeriesService.Generated generated = series.generate(bodyId, data);
		MeetingSeries s = generated.series();
		return BodiesApi.created("/api/v1/tenants/" + tenant + "/meeting-series/" + s.getId(), s.getVersion(),
				SeriesResponse.of(s, generated.meetings()));
	}

	@GetMapping("/meeting-series/{id}")
	@Operation(summary = "One meeting series with its meetings, with its version as ETag")
	ResponseEntity<SeriesResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		MeetingSeries s = series.get(id);
		return BodiesApi.ok(s.getVersion(), SeriesResponse.of(s, series.meetings(id)));
	}

	@DeleteMapping("/meeting-series/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Delete a series with its meetings that are still only planned", description = "Requires If-Match; invited, held and cancelled meetings stay as single meetings")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		series.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/decisions")
	@Operation(summary = "Decisions of the bodies in a period", description = "Meetings from day from to day to (Europe/Berlin, both included), not cancelled; optionally of one kind of body (e.g. STEERING_COMMITTEE) or one body; in the order they were taken, with the goal or measure each concerns")
	PageResponse<DecisionResponse> decisions(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) BodyKind bodyKind, @RequestParam(required = false) UUID bodyId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageResponse.of(outcomes.decisions(from, to, bodyKind, bodyId,
				Paging.of(page, size, null, java.util.Set.of(), Sort.unsorted())), DecisionResponse::of);
	}
}

package de.mosaik.web.meeting;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.meeting.AgendaItem;
import de.mosaik.core.meeting.AgendaItemData;
import de.mosaik.core.meeting.AgendaService;
import de.mosaik.core.meeting.Outcome;
import de.mosaik.core.meeting.OutcomeData;
import de.mosaik.core.meeting.OutcomeService;
import de.mosaik.web.meeting.Responses.AgendaItemResponse;
import de.mosaik.web.meeting.Responses.OutcomeResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Agenda and minutes", description = "Agenda items of a meeting in order, minutes per item, outcomes (information, decision, task)")
@SecurityRequirement(name = "bearer")
@PreAuthorize(MeetingPages.READERS)
class AgendaApi {

	/** The new order of a meeting's agenda: every item id once. */
	record AgendaOrder(@NotNull(message = "{agendaItem.order.incomplete}") List<UUID> order) {
	}

	private final AgendaService agenda;

	private final OutcomeService outcomes;

	AgendaApi(AgendaService agenda, OutcomeService outcomes) {
		this.agenda = agenda;
		this.outcomes = outcomes;
	}

	@GetMapping("/meetings/{meetingId}/agenda-items")
	@Operation(summary = "The agenda of a meeting, in order (position 1 first)")
	List<AgendaItemResponse> list(@PathVariable String tenant, @PathVariable UUID meetingId) {
		return agenda.list(meetingId).stream().map(AgendaItemResponse::of).toList();
	}

	@PostMapping("/meetings/{meetingId}/agenda-items")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Add an item at the end of the agenda")
	ResponseEntity<AgendaItemResponse> add(@PathVariable String tenant, @PathVariable UUID meetingId,
			@Valid @RequestBody AgendaItemData data) {
		AgendaItem a = agenda.add(meetingId, data);
		return BodiesApi.created("/api/v1/tenants/" + tenant + "/agenda-items/" + a.getId(), a.getVersion(),
				AgendaItemResponse.of(a));
	}

	@PutMapping("/meetings/{meetingId}/agenda-order")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Reorder the agenda", description = "The body names every item id once; requires If-Match with the meeting's ETag")
	List<AgendaItemResponse> reorder(@PathVariable String tenant, @PathVariable UUID meetingId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AgendaOrder order) {
		return agenda.reorder(meetingId, Versions.fromIfMatch(ifMatch), order.order())
			.stream()
			.map(AgendaItemResponse::of)
			.toList();
	}

	@GetMapping("/agenda-items/{id}")
	@Operation(summary = "One agenda item with its minutes, with its version as ETag")
	ResponseEntity<AgendaItemResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		AgendaItem a = agenda.get(id);
		return BodiesApi.ok(a.getVersion(), AgendaItemResponse.of(a));
	}

	@PutMapping("/agenda-items/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Change an agenda item or write its minutes", description = "Requires If-Match with the ETag last read")
	ResponseEntity<AgendaItemResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody AgendaItemData data) {
		AgendaItem a = agenda.update(id, Versions.fromIfMatch(ifMatch), data);
		return BodiesApi.ok(a.getVersion(), AgendaItemResponse.of(a));
	}

	@DeleteMapping("/agenda-items/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Remove an agenda item with its outcomes", description = "Requires If-Match; tasks from its outcomes stay in the task list")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		agenda.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/agenda-items/{itemId}/outcomes")
	@Operation(summary = "The outcomes recorded under an agenda item, in the order they were recorded")
	List<OutcomeResponse> outcomes(@PathVariable String tenant, @PathVariable UUID itemId) {
		return outcomes.ofItem(itemId).stream().map(OutcomeResponse::of).toList();
	}

	@PostMapping("/agenda-items/{itemId}/outcomes")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Record an outcome", description = "INFORMATION: text. DECISION: text, optionally goalId or measureId of this council's concept. TASK: text is what is to be done (at most 200 characters), with optional taskOwner, taskDueDate and measureId: it becomes a task of the task list (taskId). Not for cancelled meetings")
	ResponseEntity<OutcomeResponse> record(@PathVariable String tenant, @PathVariable UUID itemId,
			@Valid @RequestBody OutcomeData data) {
		Outcome o = outcomes.create(itemId, data);
		return BodiesApi.created("/api/v1/tenants/" + tenant + "/outcomes/" + o.getId(), o.getVersion(),
				OutcomeResponse.of(o));
	}

	@GetMapping("/outcomes/{id}")
	@Operation(summary = "One outcome, with its version as ETag")
	ResponseEntity<OutcomeResponse> outcome(@PathVariable String tenant, @PathVariable UUID id) {
		Outcome o = outcomes.get(id);
		return BodiesApi.ok(o.getVersion(), OutcomeResponse.of(o));
	}

	@PutMapping("/outcomes/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Change an outcome's text or link", description = "Requires If-Match; the kind stays; a task outcome's task is changed in the task list")
	ResponseEntity<OutcomeResponse> updateOutcome(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OutcomeData data) {
		Outcome o = outcomes.update(id, Versions.fromIfMatch(ifMatch), data);
		return BodiesApi.ok(o.getVersion(), OutcomeResponse.of(o));
	}

	@DeleteMapping("/outcomes/{id}")
	@PreAuthorize(MeetingPages.WRITERS)
	@Operation(summary = "Remove an outcome from the minutes", description = "Requires If-Match; a task it made stays in the task list")
	ResponseEntity<Void> deleteOutcome(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		outcomes.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

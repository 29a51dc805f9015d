package de.mosaik.core.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes in the minutes: a decision linked to a goal or measure of this council, a task that
 * becomes a task of the task list. A cancelled meeting has no minutes.
 */
@Service
public class OutcomeService {

	/** The councils are German: a day of a report is a day there. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final Outcomes outcomes;

	private final AgendaItems items;

	private final Meetings meetings;

	private final TaskCreator tasks;

	private final Clock clock;

	OutcomeService(Outcomes outcomes, AgendaItems items, Meetings meetings, TaskCreator tasks, Clock clock) {
		this.outcomes = outcomes;
		this.items = items;
		this.meetings = meetings;
		this.tasks = tasks;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Outcome> ofItem(UUID agendaItemId) {
		item(agendaItemId);
		return outcomes.findByAgendaItemIdInOrderByCreatedAtAscIdAsc(List.of(agendaItemId));
	}

	/** The outcomes of all these agenda items (of one meeting), in the order they were recorded. */
	@Transactional(readOnly = true)
	public List<Outcome> ofItems(List<UUID> agendaItemIds) {
		return agendaItemIds.isEmpty() ? List.of() : outcomes.findByAgendaItemIdInOrderByCreatedAtAscIdAsc(agendaItemIds);
	}

	@Transactional(readOnly = true)
	public Outcome get(UUID id) {
		return outcomes.findById(id).orElseThrow(() -> new NotFoundException("outcome", id));
	}

	@Transactional
	public Outcome create(UUID agendaItemId, OutcomeData data) {
		AgendaItem item = item(agendaItemId);
		Meeting meeting = meetings.findById(item.getMeetingId()).orElseThrow();
		if (meeting.getStatus() == MeetingStatus.CANCELLED) {
			throw new InvalidInputException("kind", "outcome.meeting.cancelled");
		}
		check(data);
		UUID taskId = null;
		if (data.kind() == OutcomeKind.TASK) {
			taskId = tasks.create(data.text().strip(), Checks.blankToNull(data.taskOwner()), data.taskDueDate(),
					data.measureId());
		}
		return outcomes.save(new Outcome(agendaItemId, data, taskId, OffsetDateTime.now(clock)));
	}

	/** Text and links only: the kind stays, and a task outcome's task is changed in the task list. */
	@Transactional
	public Outcome update(UUID id, long expectedVersion, OutcomeData data) {
		Outcome outcome = get(id);
		Checks.version(outcome.getVersion(), expectedVersion, "outcome", id);
		if (data.kind() != outcome.getKind()) {
			throw new InvalidInputException("kind", "outcome.kind.fixed");
		}
		check(data);
		outcome.apply(data, OffsetDateTime.now(clock));
		return outcomes.saveAndFlush(outcome);
	}

	/** A task it gave stays in the task list. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Outcome outcome = get(id);
		Checks.version(outcome.getVersion(), expectedVersion, "outcome", id);
		outcomes.delete(outcome);
	}

	/**
	 * The decisions taken in meetings from day {@code from} to day {@code to} (both included, in
	 * Europe/Berlin), optionally of one kind of body (e.g. the steering committee) or of one body, with
	 * the goal or measure each concerns.
	 */
	@Transactional(readOnly = true)
	public Page<Decision> decisions(LocalDate from, LocalDate to, BodyKind kind, UUID bodyId, Pageable pageable) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "decision.to.beforeFrom");
		}
		OffsetDateTime start = from == null ? OffsetDateTime.parse("1900-01-01T00:00Z")
				: from.atStartOfDay(ZONE).toOffsetDateTime();
		OffsetDateTime end = to == null ? OffsetDateTime.parse("9999-01-01T00:00Z")
				: to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
		return outcomes.decisions(start, end, kind, bodyId, PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.unsorted()));
	}

	/** All decisions of the period, for a report. */
	@Transactional(readOnly = true)
	public List<Decision> decisions(LocalDate from, LocalDate to, BodyKind kind) {
		return decisions(from, to, kind, null, PageRequest.of(0, 10_000)).getContent();
	}

	private void check(OutcomeData data) {
		if (data.kind() == OutcomeKind.TASK && data.text().strip().length() > 200) {
			throw new InvalidInputException("text", "outcome.text.taskSize");
		}
		if (data.kind() != OutcomeKind.DECISION && data.goalId() != null) {
			throw new InvalidInputException("goalId", "outcome.goalId.onlyDecision");
		}
		if (data.kind() == OutcomeKind.INFORMATION && data.measureId() != null) {
			throw new InvalidInputException("measureId", "outcome.measureId.notInformation");
		}
		if (data.goalId() != null && data.measureId() != null) {
			throw new InvalidInputException("measureId", "outcome.link.both");
		}
		if (data.goalId() != null && !outcomes.goalExists(data.goalId())) {
			throw new InvalidInputException("goalId", "outcome.goalId.unknown");
		}
		if (data.measureId() != null && !outcomes.measureExists(data.measureId())) {
			throw new InvalidInputException("measureId", "outcome.measureId.unknown");
		}
		if (data.kind() != OutcomeKind.TASK && (Checks.blankToNull(data.taskOwner()) != null || data.taskDueDate() != null)) {
			throw new InvalidInputException("taskOwner", "outcome.task.onlyTask");
		}
	}

	private AgendaItem item(UUID id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("agendaItem", id));
	}
}

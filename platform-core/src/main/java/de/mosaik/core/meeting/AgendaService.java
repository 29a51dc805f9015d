package de.mosaik.core.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agenda of a meeting, in order, and the minutes per item. */
@Service
public class AgendaService {

	private final AgendaItems items;

	private final Meetings meetings;

	private final Clock clock;

	AgendaService(AgendaItems items, Meetings meetings, Clock clock) {
		this.items = items;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AgendaItem> list(UUID meetingId) {
		meeting(meetingId);
		return items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
	}

	@Transactional(readOnly = true)
	public AgendaItem get(UUID id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("agendaItem", id));
	}

	/** Appends an item at the end of the agenda. */
	@Transactional
	public AgendaItem add(UUID meetingId, AgendaItemData data) {
		Meeting meeting = meeting(meetingId);
		OffsetDateTime now = OffsetDateTime.now(clock);
		AgendaItem item = items.save(new AgendaItem(meetingId, items.lastPosition(meetingId) + 1, data, now));
		meeting.agendaChanged(now);
		return item;
	}

	@Transactional
	public AgendaItem update(UUID id, long expectedVersion, AgendaItemData data) {
		AgendaItem item = get(id);
		Checks.version(item.getVersion(), expectedVersion, "agendaItem", id);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (item.apply(data, now)) {
			meeting(item.getMeetingId()).agendaChanged(now);
		}
		return items.saveAndFlush(item);
	}

	/** Its outcomes go with it; the items after it move up. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		AgendaItem item = get(id);
		Checks.version(item.getVersion(), expectedVersion, "agendaItem", id);
		items.delete(item);
		items.flush();
		number(items.findByMeetingIdOrderByPositionAscIdAsc(item.getMeetingId()));
		meeting(item.getMeetingId()).agendaChanged(OffsetDateTime.now(clock));
	}

	/**
	 * Puts the agenda in the given order, which must name every item of the meeting once; checked
	 * against the meeting's version, as the order is the meeting's.
	 */
	@Transactional
	public List<AgendaItem> reorder(UUID meetingId, long expectedMeetingVersion, List<UUID> order) {
		Meeting meeting = meeting(meetingId);
		Checks.version(meeting.getVersion(), expectedMeetingVersion, "meeting", meetingId);
		List<AgendaItem> current = items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
		if (order.size() != current.size() || !new HashSet<>(order).equals(
				new HashSet<>(current.stream().map(AgendaItem::getId).toList()))) {
			throw new InvalidInputException("order", "agendaItem.order.incomplete");
		}
		List<AgendaItem> sorted = order.stream()
			.map(id -> current.stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow())
			.toList();
		number(sorted);
		meeting.agendaChanged(OffsetDateTime.now(clock));
		meetings.saveAndFlush(meeting);
		return sorted;
	}

	/** Moves an item one place up (towards the start) or down; at the edge nothing changes. */
	@Transactional
	public List<AgendaItem> move(UUID id, long expectedMeetingVersion, boolean up) {
		AgendaItem item = get(id);
		List<UUID> order = new java.util.ArrayList<>(items.findByMeetingIdOrderByPositionAscIdAsc(item.getMeetingId())
			.stream()
			.map(AgendaItem::getId)
			.toList());
		int at = order.indexOf(id);
		int to = up ? at - 1 : at + 1;
		if (to >= 0 && to < order.size()) {
			order.set(at, order.get(to));
			order.set(to, id);
		}
		return reorder(item.getMeetingId(), expectedMeetingVersion, order);
	}

	private static void number(List<AgendaItem> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	private Meeting meeting(UUID meetingId) {
		return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
	}
}

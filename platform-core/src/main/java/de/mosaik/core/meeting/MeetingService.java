package de.mosaik.core.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings of the bodies: the end after the start, a link people can open, attendance of members. */
@Service
public class MeetingService {

	private final Meetings meetings;

	private final Bodies bodies;

	private final Members members;

	private final Clock clock;

	MeetingService(Meetings meetings, Bodies bodies, Members members, Clock clock) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.members = members;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Meeting> list(MeetingFilter filter, Pageable pageable) {
		if (filter.bodyId() != null && !bodies.existsById(filter.bodyId())) {
			throw new NotFoundException("body", filter.bodyId());
		}
		return meetings.findAll(filter.specification(), pageable);
	}

	/** All meetings of a body, earliest first: the body's calendar. */
	@Transactional(readOnly = true)
	public List<Meeting> ofBody(UUID bodyId) {
		if (!bodies.existsById(bodyId)) {
			throw new NotFoundException("body", bodyId);
		}
		return meetings.findByBodyIdOrderByStartsAtAscIdAsc(bodyId);
	}

	@Transactional(readOnly = true)
	public Meeting get(UUID id) {
		return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
	}

	@Transactional
	public Meeting create(UUID bodyId, MeetingData data) {
		if (!bodies.existsById(bodyId)) {
			throw new NotFoundException("body", bodyId);
		}
		check(data);
		return meetings.save(new Meeting(bodyId, null, data, OffsetDateTime.now(clock)));
	}

	@Transactional
	public Meeting update(UUID id, long expectedVersion, MeetingData data) {
		Meeting meeting = get(id);
		Checks.version(meeting.getVersion(), expectedVersion, "meeting", id);
		check(data);
		meeting.apply(data, OffsetDateTime.now(clock));
		return meetings.saveAndFlush(meeting);
	}

	/** Only the status changes, e.g. invited, held or cancelled; the rest stays as it is. */
	@Transactional
	public Meeting changeStatus(UUID id, long expectedVersion, MeetingStatus status) {
		Meeting m = get(id);
		return update(id, expectedVersion,
				new MeetingData(m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getLocation(), m.getOnlineUrl(), status));
	}

	/** Its agenda, minutes and attendance go with it; tasks it gave stay in the task list. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Meeting meeting = get(id);
		Checks.version(meeting.getVersion(), expectedVersion, "meeting", id);
		meetings.delete(meeting);
	}

	/** Replaces the attendance: every entry a member of the meeting's body, each at most once. */
	@Transactional
	public Meeting recordAttendance(UUID id, long expectedVersion, AttendanceData data) {
		Meeting meeting = get(id);
		Checks.version(meeting.getVersion(), expectedVersion, "meeting", id);
		Set<UUID> ofBody = members.findByBodyIdOrderByNameAscIdAsc(meeting.getBodyId())
			.stream()
			.map(Member::getId)
			.collect(Collectors.toSet());
		Map<UUID, Presence> attendance = new HashMap<>();
		for (int i = 0; i < data.entries().size(); i++) {
			AttendanceData.Entry entry = data.entries().get(i);
			if (!ofBody.contains(entry.memberId())) {
				throw new InvalidInputException("entries[" + i + "].memberId", "attendance.memberId.unknown");
			}
			if (attendance.put(entry.memberId(), entry.presence()) != null) {
				throw new InvalidInputException("entries[" + i + "].memberId", "attendance.memberId.twice");
			}
		}
		meeting.record(attendance, data.guests(), OffsetDateTime.now(clock));
		return meetings.saveAndFlush(meeting);
	}

	static void check(MeetingData data) {
		if (!data.endsAt().isAfter(data.startsAt())) {
			throw new InvalidInputException("endsAt", "meeting.endsAt.beforeStart");
		}
		Checks.webAddress(data.onlineUrl(), "onlineUrl", "meeting.onlineUrl.invalid");
	}
}

package de.mosaik.web.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.meeting.AgendaItem;
import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyKind;
import de.mosaik.core.meeting.Decision;
import de.mosaik.core.meeting.Frequency;
import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MeetingSeries;
import de.mosaik.core.meeting.MeetingStatus;
import de.mosaik.core.meeting.Member;
import de.mosaik.core.meeting.MemberRole;
import de.mosaik.core.meeting.Outcome;
import de.mosaik.core.meeting.OutcomeKind;
import de.mosaik.core.meeting.Presence;

/** Bodies and meetings as the API shows them. */
final class Responses {

	private Responses() {
	}

	record BodyResponse(UUID id, String name, BodyKind kind, String description, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long version) {

		static BodyResponse of(Body b) {
			return new BodyResponse(b.getId(), b.getName(), b.getKind(), b.getDescription(), b.getCreatedAt(),
					b.getUpdatedAt(), b.getVersion());
		}
	}

	record MemberResponse(UUID id, UUID bodyId, String name, String function, UUID departmentId, String organisation,
			MemberRole role, LocalDate termFrom, LocalDate termTo, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			long version) {

		static MemberResponse of(Member m) {
			return new MemberResponse(m.getId(), m.getBodyId(), m.getName(), m.getFunction(), m.getDepartmentId(),
					m.getOrganisation(), m.getRole(), m.getTermFrom(), m.getTermTo(), m.getCreatedAt(),
					m.getUpdatedAt(), m.getVersion());
		}
	}

	/** {@code sequence}: the iCalendar SEQUENCE, raised by every change invited calendars must take over. */
	record MeetingResponse(UUID id, UUID bodyId, UUID seriesId, String title, OffsetDateTime startsAt,
			OffsetDateTime endsAt, String location, String onlineUrl, MeetingStatus status, int guests, int sequence,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static MeetingResponse of(Meeting m) {
			return new MeetingResponse(m.getId(), m.getBodyId(), m.getSeriesId(), m.getTitle(),
					m.getStartsAt().atZoneSameInstant(MeetingPages.ZONE).toOffsetDateTime(),
					m.getEndsAt().atZoneSameInstant(MeetingPages.ZONE).toOffsetDateTime(), m.getLocation(),
					m.getOnlineUrl(), m.getStatus(), m.getGuests(), m.getSequence(), m.getCreatedAt(),
					m.getUpdatedAt(), m.getVersion());
		}
	}

	record AttendanceResponse(UUID meetingId, int guests, List<Entry> entries, long version) {

		record Entry(UUID memberId, Presence presence) {
		}

		static AttendanceResponse of(Meeting m) {
			return new AttendanceResponse(m.getId(), m.getGuests(), m.getAttendance()
				.entrySet()
				.stream()
				.map(e -> new Entry(e.getKey(), e.getValue()))
				.sorted(Comparator.comparing(e -> e.memberId().toString()))
				.toList(), m.getVersion());
		}
	}

	record AgendaItemResponse(UUID id, UUID meetingId, int position, String title, String description,
			String minutes, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static AgendaItemResponse of(AgendaItem a) {
			return new AgendaItemResponse(a.getId(), a.getMeetingId(), a.getPosition(), a.getTitle(),
					a.getDescription(), a.getMinutes(), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion());
		}
	}

	/** {@code taskId}: the task of the task list a task outcome made (null once that task was deleted). */
	record OutcomeResponse(UUID id, UUID agendaItemId, OutcomeKind kind, String text, UUID goalId, UUID measureId,
			UUID taskId, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static OutcomeResponse of(Outcome o) {
			return new OutcomeResponse(o.getId(), o.getAgendaItemId(), o.getKind(), o.getText(), o.getGoalId(),
					o.getMeasureId(), o.getTaskId(), o.getCreatedAt(), o.getUpdatedAt(), o.getVersion());
		}
	}

	record SeriesResponse(UUID id, UUID bodyId, String title, Frequency frequency, int every, Integer weekOfMonth,
			DayOfWeek dayOfWeek, LocalTime startTime, LocalTime endTime, LocalDate firstDate, LocalDate lastDate,
			String location, String onlineUrl, List<String> agenda, List<MeetingResponse> meetings,
			OffsetDateTime createdAt, long version) {

		static SeriesResponse of(MeetingSeries s, List<Meeting> meetings) {
			return new SeriesResponse(s.getId(), s.getBodyId(), s.getTitle(), s.getFrequency(), s.getEvery(),
					s.getWeekOfMonth(), s.getDayOfWeek(), s.getStartTime(), s.getEndTime(), s.getFirstDate(),
					s.getLastDate(), s.getLocation(), s.getOnlineUrl(), s.getAgenda(),
					meetings.stream().map(MeetingResponse::of).toList(), s.getCreatedAt(), s.getVersion());
		}
	}

	record DecisionResponse(UUID outcomeId, String text, UUID meetingId, String meetingTitle,
			OffsetDateTime meetingStartsAt, UUID bodyId, String bodyName, BodyKind bodyKind, String agendaItemTitle,
			UUID goalId, String goalTitle, UUID measureId, String measureTitle) {

		static DecisionResponse of(Decision d) {
			return new DecisionResponse(d.outcomeId(), d.text(), d.meetingId(), d.meetingTitle(),
					d.meetingStartsAt().atZoneSameInstant(MeetingPages.ZONE).toOffsetDateTime(), d.bodyId(),
					d.bodyName(), d.bodyKind(), d.agendaItemTitle(), d.goalId(), d.goalTitle(), d.measureId(),
					d.measureTitle());
		}
	}
}

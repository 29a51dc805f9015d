package de.mosaik.core.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring meetings: a template generates all its planned meetings (each with the template's agenda)
 * in one go. Each is an ordinary meeting afterwards: cancelling or moving one leaves the others alone.
 */
@Service
public class SeriesService {

	private final SeriesList series;

	private final Bodies bodies;

	private final Meetings meetings;

	private final AgendaItems items;

	private final Clock clock;

	SeriesService(SeriesList series, Bodies bodies, Meetings meetings, AgendaItems items, Clock clock) {
		this.series = series;
		this.bodies = bodies;
		this.meetings = meetings;
		this.items = items;
		this.clock = clock;
	}

	/** A generated series and its meetings, earliest first. */
	public record Generated(MeetingSeries series, List<Meeting> meetings) {
	}

	@Transactional(readOnly = true)
	public List<MeetingSeries> ofBody(UUID bodyId) {
		if (!bodies.existsById(bodyId)) {
			throw new NotFoundException("body", bodyId);
		}
		return series.findByBodyIdOrderByFirstDateAscIdAsc(bodyId);
	}

	@Transactional(readOnly = true)
	public MeetingSeries get(UUID id) {
		return series.findById(id).orElseThrow(() -> new NotFoundException("series", id));
	}

	@Transactional(readOnly = true)
	public List<Meeting> meetings(UUID seriesId) {
		get(seriesId);
		return meetings.findBySeriesIdOrderByStartsAtAscIdAsc(seriesId);
	}

	@Transactional
	public Generated generate(UUID bodyId, SeriesData data) {
		if (!bodies.existsById(bodyId)) {
			throw new NotFoundException("body", bodyId);
		}
		if (data.frequency() == Frequency.MONTHLY && data.weekOfMonth() == null) {
			throw new InvalidInputException("weekOfMonth", "series.weekOfMonth.required");
		}
		if (!data.endTime().isAfter(data.startTime())) {
			throw new InvalidInputException("endTime", "series.endTime.beforeStart");
		}
		if (data.lastDate().isBefore(data.firstDate())) {
			throw new InvalidInputException("lastDate", "series.lastDate.beforeFirst");
		}
		Checks.webAddress(data.onlineUrl(), "onlineUrl", "meeting.onlineUrl.invalid");
		List<LocalDate> days = Recurrence.days(data);
		if (days.isEmpty()) {
			throw new InvalidInputException("lastDate", "series.none");
		}
		if (days.size() > Recurrence.MAX_MEETINGS) {
			throw new InvalidInputException("lastDate", "series.tooMany");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		MeetingSeries saved = series.save(new MeetingSeries(bodyId, data, now));
		List<Meeting> generated = days.stream().map(day -> {
			MeetingData meeting = new MeetingData(data.title(), at(day, data.startTime()), at(day, data.endTime()),
					data.location(), data.onlineUrl(), MeetingStatus.PLANNED);
			return meetings.save(new Meeting(bodyId, saved.getId(), meeting, now));
		}).toList();
		for (Meeting meeting : generated) {
			for (int i = 0; i < saved.getAgenda().size(); i++) {
				items.save(new AgendaItem(meeting.getId(), i + 1,
						new AgendaItemData(saved.getAgenda().get(i), null, null), now));
			}
		}
		return new Generated(saved, generated);
	}

	/**
	 * Removes the template with its meetings that are still only planned; meetings already invited,
	 * held or cancelled stay, as single meetings.
	 */
	@Transactional
	public int delete(UUID id, long expectedVersion) {
		MeetingSeries s = get(id);
		Checks.version(s.getVersion(), expectedVersion, "series", id);
		int removed = 0;
		for (Meeting meeting : meetings.findBySeriesIdOrderByStartsAtAscIdAsc(id)) {
			if (meeting.getStatus() == MeetingStatus.PLANNED) {
				meetings.delete(meeting);
				removed++;
			}
			else {
				meeting.leaveSeries();
			}
		}
		meetings.flush();
		series.delete(s);
		return removed;
	}

	private static OffsetDateTime at(LocalDate day, java.time.LocalTime time) {
		return ZonedDateTime.of(day, time, OutcomeService.ZONE).toOffsetDateTime();
	}
}

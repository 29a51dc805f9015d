package de.mosaik.web.meeting;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.meeting.AgendaItem;
import de.mosaik.core.meeting.AgendaService;
import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.meeting.MeetingStatus;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar: the invitation to one meeting (METHOD:REQUEST, or CANCEL once it is called
 * off), and a body's feed with all its meetings (METHOD:PUBLISH). The UID stays the same for a meeting
 * and SEQUENCE counts its changes, so that calendars update the entry instead of adding one.
 */
@Component
class Invitations {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final MeetingService meetings;

	private final BodyService bodies;

	private final AgendaService agenda;

	private final MessageSource messages;

	Invitations(MeetingService meetings, BodyService bodies, AgendaService agenda, MessageSource messages) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.agenda = agenda;
		this.messages = messages;
	}

	ResponseEntity<String> invitation(UUID meetingId, Locale locale) {
		Meeting meeting = meetings.get(meetingId);
		Body body = bodies.get(meeting.getBodyId());
		boolean cancelled = meeting.getStatus() == MeetingStatus.CANCELLED;
		ICalendar calendar = ICalendar.begin(cancelled ? "CANCEL" : "REQUEST", null);
		event(calendar, meeting, body, agenda.list(meetingId), locale);
		return download(calendar.end(), "sitzung-" + meeting.getStartsAt().atZoneSameInstant(MeetingPages.ZONE)
			.toLocalDate() + ".ics");
	}

	ResponseEntity<String> feed(UUID bodyId, Locale locale) {
		Body body = bodies.get(bodyId);
		ICalendar calendar = ICalendar.begin("PUBLISH", body.getName());
		for (Meeting meeting : meetings.ofBody(bodyId)) {
			event(calendar, meeting, body, agenda.list(meeting.getId()), locale);
		}
		return download(calendar.end(), "gremium-" + bodyId + ".ics");
	}

	static String uid(Meeting meeting) {
		return meeting.getId() + "@meetings.mosaik";
	}

	private void event(ICalendar calendar, Meeting meeting, Body body, List<AgendaItem> items, Locale locale) {
		calendar.line("BEGIN:VEVENT")
			.line("UID:" + uid(meeting))
			// the last change rather than now: the same meeting gives the same file until it changes
			.utc("DTSTAMP", meeting.getUpdatedAt())
			.utc("CREATED", meeting.getCreatedAt())
			.utc("LAST-MODIFIED", meeting.getUpdatedAt())
			.line("SEQUENCE:" + meeting.getSequence())
			.local("DTSTART", meeting.getStartsAt())
			.local("DTEND", meeting.getEndsAt())
			.text("SUMMARY", meeting.getTitle() + " – " + body.getName())
			.text("LOCATION", meeting.getLocation() != null ? meeting.getLocation() : meeting.getOnlineUrl());
		if (meeting.getOnlineUrl() != null) {
			calendar.line("URL:" + meeting.getOnlineUrl());
		}
		calendar.text("DESCRIPTION", description(meeting, items, locale))
			.line("STATUS:" + switch (meeting.getStatus()) {
				case CANCELLED -> "CANCELLED";
				case PLANNED -> "TENTATIVE";
				default -> "CONFIRMED";
			})
			.line("END:VEVENT");
	}

	private String description(Meeting meeting, List<AgendaItem> items, Locale locale) {
		StringBuilder text = new StringBuilder();
		if (!items.isEmpty()) {
			text.append(messages.getMessage("ical.agenda", null, locale)).append('\n');
			for (AgendaItem item : items) {
				text.append(item.getPosition()).append(". ").append(item.getTitle()).append('\n');
			}
		}
		if (meeting.getOnlineUrl() != null) {
			text.append(messages.getMessage("ical.online", null, locale)).append(' ').append(meeting.getOnlineUrl());
		}
		String description = text.toString().strip();
		return description.isEmpty() ? null : description;
	}

	private static ResponseEntity<String> download(String body, String filename) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}

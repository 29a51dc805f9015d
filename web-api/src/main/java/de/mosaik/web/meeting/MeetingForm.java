package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MeetingData;
import de.mosaik.core.meeting.MeetingStatus;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The meeting form: a day and two times in German time, as people enter them; checked as {@link MeetingData}. */
class MeetingForm {

	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	private String location;

	private String onlineUrl;

	private MeetingStatus status;

	private Long version;

	static MeetingForm of(Meeting m) {
		MeetingForm form = new MeetingForm();
		ZonedDateTime start = m.getStartsAt().atZoneSameInstant(MeetingPages.ZONE);
		form.title = m.getTitle();
		form.date = start.toLocalDate();
		form.startTime = start.toLocalTime();
		form.endTime = m.getEndsAt().atZoneSameInstant(MeetingPages.ZONE).toLocalTime();
		form.location = m.getLocation();
		form.onlineUrl = m.getOnlineUrl();
		form.status = m.getStatus();
		form.version = m.getVersion();
		return form;
	}

	/** Rejects what {@link MeetingData} cannot say by itself: a missing day or time. */
	boolean complete(Errors errors) {
		if (date == null) {
			errors.rejectValue("date", "meeting.date.required");
		}
		if (startTime == null) {
			errors.rejectValue("startTime", "meeting.startsAt.required");
		}
		if (endTime == null) {
			errors.rejectValue("endTime", "meeting.endsAt.required");
		}
		return date != null && startTime != null && endTime != null;
	}

	MeetingData data() {
		return new MeetingData(title == null ? "" : title, ZonedDateTime.of(date, startTime, MeetingPages.ZONE)
			.toOffsetDateTime(), ZonedDateTime.of(date, endTime, MeetingPages.ZONE).toOffsetDateTime(), location,
				onlineUrl, status);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public void setStatus(MeetingStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

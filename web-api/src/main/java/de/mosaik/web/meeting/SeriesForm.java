package de.mosaik.web.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

import de.mosaik.core.meeting.Frequency;
import de.mosaik.core.meeting.SeriesData;

import org.springframework.format.annotation.DateTimeFormat;

/** The series form; the template's agenda is one item per line. Checked as {@link SeriesData}. */
class SeriesForm {

	private String title;

	private Frequency frequency = Frequency.MONTHLY;

	private Integer every = 1;

	private Integer weekOfMonth = 1;

	private DayOfWeek dayOfWeek = DayOfWeek.TUESDAY;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDate;

	private String location;

	private String onlineUrl;

	private String agenda;

	SeriesData data() {
		return new SeriesData(title == null ? "" : title, frequency, every == null ? 0 : every,
				frequency == Frequency.MONTHLY ? weekOfMonth : null, dayOfWeek, startTime, endTime, firstDate, lastDate,
				location, onlineUrl, agenda == null ? java.util.List.of()
						: Arrays.stream(agenda.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Frequency getFrequency() {
		return frequency;
	}

	public void setFrequency(Frequency frequency) {
		this.frequency = frequency;
	}

	public Integer getEvery() {
		return every;
	}

	public void setEvery(Integer every) {
		this.every = every;
	}

	public Integer getWeekOfMonth() {
		return weekOfMonth;
	}

	public void setWeekOfMonth(Integer weekOfMonth) {
		this.weekOfMonth = weekOfMonth;
	}

	public DayOfWeek getDayOfWeek() {
		return dayOfWeek;
	}

	public void setDayOfWeek(DayOfWeek dayOfWeek) {
		this.dayOfWeek = dayOfWeek;
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

	public LocalDate getFirstDate() {
		return firstDate;
	}

	public void setFirstDate(LocalDate firstDate) {
		this.firstDate = firstDate;
	}

	public LocalDate getLastDate() {
		return lastDate;
	}

	public void setLastDate(LocalDate lastDate) {
		this.lastDate = lastDate;
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

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}
}

package de.mosaik.core.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** The template a series of meetings was generated from; the meetings are ordinary meetings afterwards. */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries {

	@Id
	private UUID id;

	@Column(name = "body_id", nullable = false, updatable = false)
	private UUID bodyId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Frequency frequency;

	@Column(name = "every_n", nullable = false)
	private int every;

	@Column(name = "week_of_month")
	private Integer weekOfMonth;

	@Column(name = "day_of_week", nullable = false)
	private int dayOfWeek;

	@Column(name = "start_time", nullable = false)
	private LocalTime startTime;

	@Column(name = "end_time", nullable = false)
	private LocalTime endTime;

	@Column(name = "first_date", nullable = false)
	private LocalDate firstDate;

	@Column(name = "last_date", nullable = false)
	private LocalDate lastDate;

	private String location;

	@Column(name = "online_url")
	private String onlineUrl;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "meeting_series_item", joinColumns = @JoinColumn(name = "series_id"))
	@OrderColumn(name = "position")
	@Column(name = "title", nullable = false)
	private List<String> agenda = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected MeetingSeries() {
	}

	MeetingSeries(UUID bodyId, SeriesData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.bodyId = bodyId;
		this.title = data.title().strip();
		this.frequency = data.frequency();
		this.every = data.every();
		this.weekOfMonth = data.frequency() == Frequency.MONTHLY ? data.weekOfMonth() : null;
		this.dayOfWeek = data.dayOfWeek().getValue();
		this.startTime = data.startTime();
		this.endTime = data.endTime();
		this.firstDate = data.firstDate();
		this.lastDate = data.lastDate();
		this.location = Checks.blankToNull(data.location());
		this.onlineUrl = Checks.blankToNull(data.onlineUrl());
		if (data.agenda() != null) {
			data.agenda().forEach(t -> agenda.add(t.strip()));
		}
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getBodyId() {
		return bodyId;
	}

	public String getTitle() {
		return title;
	}

	public Frequency getFrequency() {
		return frequency;
	}

	public int getEvery() {
		return every;
	}

	/** 1–4, or 5 for the last one of the month; null for weekly series. */
	public Integer getWeekOfMonth() {
		return weekOfMonth;
	}

	public DayOfWeek getDayOfWeek() {
		return DayOfWeek.of(dayOfWeek);
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public LocalDate getFirstDate() {
		return firstDate;
	}

	public LocalDate getLastDate() {
		return lastDate;
	}

	public String getLocation() {
		return location;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public List<String> getAgenda() {
		return List.copyOf(agenda);
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}

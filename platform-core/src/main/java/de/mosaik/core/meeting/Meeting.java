package de.mosaik.core.meeting;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A meeting of a body: when, where (a place, an online link or both), its status, who attended. Its
 * {@code sequence} counts the changes that invited people's calendars must take over (RFC 5545).
 */
@Entity
@Table(name = "meeting")
public class Meeting {

	@Id
	private UUID id;

	@Column(name = "body_id", nullable = false, updatable = false)
	private UUID bodyId;

	@Column(name = "series_id")
	private UUID seriesId;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private OffsetDateTime startsAt;

	@Column(name = "ends_at", nullable = false)
	private OffsetDateTime endsAt;

	private String location;

	@Column(name = "online_url")
	private String onlineUrl;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status;

	@Column(nullable = false)
	private int guests;

	@Column(nullable = false)
	private int sequence;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "meeting_id"))
	@MapKeyColumn(name = "member_id")
	@Column(name = "presence", nullable = false)
	@Enumerated(EnumType.STRING)
	private Map<UUID, Presence> attendance = new HashMap<>();

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Meeting() {
	}

	Meeting(UUID bodyId, UUID seriesId, MeetingData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.bodyId = bodyId;
		this.seriesId = seriesId;
		this.createdAt = now;
		this.status = MeetingStatus.PLANNED;
		apply(data, now);
		this.sequence = 0;
	}

	/** Takes the new values; what invited people see changed: the calendar entry's sequence goes up. */
	void apply(MeetingData data, OffsetDateTime now) {
		MeetingStatus newStatus = data.status() == null ? status : data.status();
		String newLocation = Checks.blankToNull(data.location());
		String newUrl = Checks.blankToNull(data.onlineUrl());
		boolean changed = !data.title().strip().equals(title) || !data.startsAt().isEqual(orEpoch(startsAt))
				|| !data.endsAt().isEqual(orEpoch(endsAt)) || !Objects.equals(newLocation, location)
				|| !Objects.equals(newUrl, onlineUrl)
				|| (newStatus != status && (newStatus == MeetingStatus.CANCELLED || status == MeetingStatus.CANCELLED));
		this.title = data.title().strip();
		this.startsAt = data.startsAt();
		this.endsAt = data.endsAt();
		this.location = newLocation;
		this.onlineUrl = newUrl;
		this.status = newStatus;
		if (changed) {
			sequence++;
		}
		this.updatedAt = now;
	}

	private static OffsetDateTime orEpoch(OffsetDateTime value) {
		return value == null ? OffsetDateTime.MIN : value;
	}

	/** The agenda changed: for a meeting still to come, invited calendars take it over. */
	void agendaChanged(OffsetDateTime now) {
		if (status == MeetingStatus.PLANNED || status == MeetingStatus.INVITED) {
			sequence++;
		}
		this.updatedAt = now;
	}

	void record(Map<UUID, Presence> attendance, int guests, OffsetDateTime now) {
		this.attendance.clear();
		this.attendance.putAll(attendance);
		this.guests = guests;
		this.updatedAt = now;
	}

	void leaveSeries() {
		this.seriesId = null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getBodyId() {
		return bodyId;
	}

	public UUID getSeriesId() {
		return seriesId;
	}

	public String getTitle() {
		return title;
	}

	public OffsetDateTime getStartsAt() {
		return startsAt;
	}

	public OffsetDateTime getEndsAt() {
		return endsAt;
	}

	public String getLocation() {
		return location;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public int getGuests() {
		return guests;
	}

	public int getSequence() {
		return sequence;
	}

	/** Presence by member id; members not in it are not recorded yet. */
	public Map<UUID, Presence> getAttendance() {
		return Map.copyOf(attendance);
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

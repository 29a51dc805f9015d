package de.mosaik.core.meeting;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An item of a meeting's agenda (Tagesordnungspunkt), with the minutes taken on it. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

	@Id
	private UUID id;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private UUID meetingId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	private String description;

	private String minutes;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected AgendaItem() {
	}

	AgendaItem(UUID meetingId, int position, AgendaItemData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.meetingId = meetingId;
		this.position = position;
		this.createdAt = now;
		apply(data, now);
	}

	/** Whether what the invitation shows (title, description) changed. */
	boolean apply(AgendaItemData data, OffsetDateTime now) {
		String newDescription = Checks.blankToNull(data.description());
		boolean invitationChanged = !data.title().strip().equals(title) || !Objects.equals(newDescription, description);
		this.title = data.title().strip();
		this.description = newDescription;
		this.minutes = Checks.blankToNull(data.minutes());
		this.updatedAt = now;
		return invitationChanged;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public UUID getId() {
		return id;
	}

	public UUID getMeetingId() {
		return meetingId;
	}

	/** 1 for the first item. */
	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getMinutes() {
		return minutes;
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

package de.mosaik.core.concept;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A milestone (Meilenstein) of a measure. */
@Entity
@Table(name = "milestone")
public class Milestone {

	@Id
	private UUID id;

	@Column(name = "massnahme_id", nullable = false, updatable = false)
	private UUID massnahmeId;

	@Column(nullable = false)
	private String title;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(nullable = false)
	private boolean done;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Milestone() {
	}

	Milestone(UUID massnahmeId, MilestoneData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.massnahmeId = massnahmeId;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(MilestoneData data, OffsetDateTime now) {
		this.title = data.title().strip();
		this.dueDate = data.dueDate();
		this.done = Boolean.TRUE.equals(data.done());
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getMassnahmeId() {
		return massnahmeId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public boolean isDone() {
		return done;
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

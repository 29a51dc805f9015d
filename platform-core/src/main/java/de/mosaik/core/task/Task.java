package de.mosaik.core.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A task (Aufgabe), optionally for a measure of the concept (cleared when the measure is deleted). */
@Entity
@Table(name = "task")
public class Task {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String title;

	@Column(name = "due_date")
	private LocalDate dueDate;

	private String owner;

	@Column(name = "massnahme_id")
	private UUID measureId;

	@Column(nullable = false)
	private boolean done;

	@Column(name = "done_at")
	private OffsetDateTime doneAt;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Task() {
	}

	Task(TaskData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(data, now);
	}

	void apply(TaskData data, OffsetDateTime now) {
		this.title = data.title().strip();
		this.dueDate = data.dueDate();
		this.owner = data.owner() == null || data.owner().isBlank() ? null : data.owner().strip();
		this.measureId = data.measureId();
		boolean nowDone = Boolean.TRUE.equals(data.done());
		if (nowDone && !done) {
			this.doneAt = now;
		}
		else if (!nowDone) {
			this.doneAt = null;
		}
		this.done = nowDone;
		this.updatedAt = now;
	}

	/** Open, with a due date before {@code today}. */
	public boolean isOverdue(LocalDate today) {
		return !done && dueDate != null && dueDate.isBefore(today);
	}

	public UUID getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getOwner() {
		return owner;
	}

	public UUID getMeasureId() {
		return measureId;
	}

	public boolean isDone() {
		return done;
	}

	public OffsetDateTime getDoneAt() {
		return doneAt;
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

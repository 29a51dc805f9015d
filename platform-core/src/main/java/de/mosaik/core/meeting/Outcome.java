package de.mosaik.core.meeting;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the minutes record under an agenda item: information, a decision (about a goal or a measure of
 * the concept, or none) or a task, which is a real task of the task list ({@code taskId}, cleared when
 * that task is deleted). The kind never changes.
 */
@Entity
@Table(name = "outcome")
public class Outcome {

	@Id
	private UUID id;

	@Column(name = "agenda_item_id", nullable = false, updatable = false)
	private UUID agendaItemId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private OutcomeKind kind;

	@Column(nullable = false)
	private String text;

	@Column(name = "goal_id")
	private UUID goalId;

	@Column(name = "massnahme_id")
	private UUID measureId;

	@Column(name = "task_id")
	private UUID taskId;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Outcome() {
	}

	Outcome(UUID agendaItemId, OutcomeData data, UUID taskId, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.agendaItemId = agendaItemId;
		this.kind = data.kind();
		this.taskId = taskId;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(OutcomeData data, OffsetDateTime now) {
		this.text = data.text().strip();
		this.goalId = kind == OutcomeKind.DECISION ? data.goalId() : null;
		this.measureId = kind == OutcomeKind.INFORMATION ? null : data.measureId();
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getAgendaItemId() {
		return agendaItemId;
	}

	public OutcomeKind getKind() {
		return kind;
	}

	public String getText() {
		return text;
	}

	public UUID getGoalId() {
		return goalId;
	}

	public UUID getMeasureId() {
		return measureId;
	}

	public UUID getTaskId() {
		return taskId;
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

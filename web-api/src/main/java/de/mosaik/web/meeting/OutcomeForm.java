package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.util.UUID;

import de.mosaik.core.meeting.OutcomeData;
import de.mosaik.core.meeting.OutcomeKind;

import org.springframework.format.annotation.DateTimeFormat;

/** The outcome form of a meeting's page: for which agenda item, and what; checked as {@link OutcomeData}. */
class OutcomeForm {

	private UUID agendaItemId;

	private OutcomeKind kind = OutcomeKind.DECISION;

	private String text;

	private UUID goalId;

	private UUID measureId;

	private String taskOwner;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate taskDueDate;

	private Long version;

	static OutcomeForm of(de.mosaik.core.meeting.Outcome o) {
		OutcomeForm form = new OutcomeForm();
		form.agendaItemId = o.getAgendaItemId();
		form.kind = o.getKind();
		form.text = o.getText();
		form.goalId = o.getGoalId();
		form.measureId = o.getMeasureId();
		form.version = o.getVersion();
		return form;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	OutcomeData data() {
		return new OutcomeData(kind, text == null ? "" : text, goalId, measureId, taskOwner, taskDueDate);
	}

	public UUID getAgendaItemId() {
		return agendaItemId;
	}

	public void setAgendaItemId(UUID agendaItemId) {
		this.agendaItemId = agendaItemId;
	}

	public OutcomeKind getKind() {
		return kind;
	}

	public void setKind(OutcomeKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public UUID getGoalId() {
		return goalId;
	}

	public void setGoalId(UUID goalId) {
		this.goalId = goalId;
	}

	public UUID getMeasureId() {
		return measureId;
	}

	public void setMeasureId(UUID measureId) {
		this.measureId = measureId;
	}

	public String getTaskOwner() {
		return taskOwner;
	}

	public void setTaskOwner(String taskOwner) {
		this.taskOwner = taskOwner;
	}

	public LocalDate getTaskDueDate() {
		return taskDueDate;
	}

	public void setTaskDueDate(LocalDate taskDueDate) {
		this.taskDueDate = taskDueDate;
	}
}

package de.mosaik.web.tasks;

import java.time.LocalDate;
import java.util.UUID;

import de.mosaik.core.task.Task;
import de.mosaik.core.task.TaskData;

import org.springframework.format.annotation.DateTimeFormat;

/** The task form as entered; checked as {@link TaskData}. */
class TaskForm {

	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private String owner;

	private UUID measureId;

	private boolean done;

	private Long version;

	static TaskForm of(Task t) {
		TaskForm form = new TaskForm();
		form.title = t.getTitle();
		form.dueDate = t.getDueDate();
		form.owner = t.getOwner();
		form.measureId = t.getMeasureId();
		form.done = t.isDone();
		form.version = t.getVersion();
		return form;
	}

	TaskData data() {
		return new TaskData(title == null ? "" : title, dueDate, owner, measureId, done);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public UUID getMeasureId() {
		return measureId;
	}

	public void setMeasureId(UUID measureId) {
		this.measureId = measureId;
	}

	public boolean isDone() {
		return done;
	}

	public void setDone(boolean done) {
		this.done = done;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

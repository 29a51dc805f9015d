package de.mosaik.web.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.task.Task;

/** A task as the API shows it; {@code overdue}: open and due before today (Europe/Berlin). */
record TaskResponse(UUID id, String title, LocalDate dueDate, String owner, UUID measureId, boolean done,
		OffsetDateTime doneAt, boolean overdue, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

	static TaskResponse of(Task t, LocalDate today) {
		return new TaskResponse(t.getId(), t.getTitle(), t.getDueDate(), t.getOwner(), t.getMeasureId(), t.isDone(),
				t.getDoneAt(), t.isOverdue(today), t.getCreatedAt(), t.getUpdatedAt(), t.getVersion());
	}
}

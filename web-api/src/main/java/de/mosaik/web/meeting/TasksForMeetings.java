package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.util.UUID;

import de.mosaik.core.meeting.TaskCreator;
import de.mosaik.core.task.TaskData;
import de.mosaik.core.task.TaskService;

import org.springframework.stereotype.Component;

/** A task outcome of the minutes becomes an ordinary open task of the task list. */
@Component
class TasksForMeetings implements TaskCreator {

	private final TaskService tasks;

	TasksForMeetings(TaskService tasks) {
		this.tasks = tasks;
	}

	@Override
	public UUID create(String title, String owner, LocalDate dueDate, UUID measureId) {
		return tasks.create(new TaskData(title, dueDate, owner, measureId, false)).getId();
	}
}

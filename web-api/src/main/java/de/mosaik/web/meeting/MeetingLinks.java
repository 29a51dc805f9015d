package de.mosaik.web.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.meeting.Outcome;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.task.Task;
import de.mosaik.core.task.TaskService;

import org.springframework.stereotype.Component;

/** What the outcomes of minutes point to: the goal's or measure's title, the task with its state. */
@Component
class MeetingLinks {

	/** Null where an outcome names nothing of the kind, or where it was deleted since. */
	record Links(String goal, String measure, Task task) {
	}

	private final GoalService goals;

	private final MassnahmeService measures;

	private final TaskService tasks;

	MeetingLinks(GoalService goals, MassnahmeService measures, TaskService tasks) {
		this.goals = goals;
		this.measures = measures;
		this.tasks = tasks;
	}

	Map<UUID, Links> of(List<Outcome> outcomes) {
		Map<UUID, Links> links = new HashMap<>();
		for (Outcome o : outcomes) {
			links.put(o.getId(), new Links(find(o.getGoalId(), id -> goals.get(id).getTitle()),
					find(o.getMeasureId(), id -> measures.get(id).getTitle()), find(o.getTaskId(), tasks::get)));
		}
		return links;
	}

	private static <T> T find(UUID id, Function<UUID, T> lookup) {
		if (id == null) {
			return null;
		}
		try {
			return lookup.apply(id);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}
}

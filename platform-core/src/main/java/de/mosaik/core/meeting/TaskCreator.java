package de.mosaik.core.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Makes a task of the task list for a task outcome, in the same transaction. Tasks are another
 * feature: the application supplies this, so that minutes need not know how tasks are kept.
 */
public interface TaskCreator {

	/**
	 * @return the new task's id
	 * @throws de.mosaik.core.shared.InvalidInputException when the measure is not one of the tenant's
	 */
	UUID create(String title, String owner, LocalDate dueDate, UUID measureId);
}

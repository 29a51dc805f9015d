package de.mosaik.core.meeting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the minutes record. A decision may name the goal or the measure it concerns (one of them); a
 * task names what is to be done in {@code text} (at most 200 characters, as any task), optionally an
 * owner, a due date and its measure, and becomes a task of the task list.
 */
public record OutcomeData(
		@NotNull(message = "{outcome.kind.required}") OutcomeKind kind,
		@NotBlank(message = "{outcome.text.required}") @Size(max = 4000, message = "{outcome.text.size}") String text,
		UUID goalId,
		UUID measureId,
		@Size(max = 200, message = "{task.owner.size}") String taskOwner,
		LocalDate taskDueDate) {
}

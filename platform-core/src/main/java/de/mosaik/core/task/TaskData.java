package de.mosaik.core.task;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an officer enters for a task. {@code owner} is free text for now: a person's display name or
 * subject, as people are not yet chosen from the memberships. {@code done} not given: open.
 */
public record TaskData(
		@NotBlank(message = "{task.title.required}") @Size(max = 200, message = "{task.title.size}") String title,
		LocalDate dueDate,
		@Size(max = 200, message = "{task.owner.size}") String owner,
		UUID measureId,
		Boolean done) {
}

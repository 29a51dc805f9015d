package de.mosaik.core.concept;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A milestone of a measure: what should stand by when, and whether it does (not given: not yet). */
public record MilestoneData(
		@NotBlank(message = "{milestone.title.required}") @Size(max = 200, message = "{milestone.title.size}") String title,
		@NotNull(message = "{milestone.dueDate.required}") LocalDate dueDate,
		Boolean done) {
}

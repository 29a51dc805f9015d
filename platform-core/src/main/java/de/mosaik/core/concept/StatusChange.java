package de.mosaik.core.concept;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A concept moves on: to consultation, back to draft, or adopted by a council resolution, whose date
 * and reference (e.g. "DS 2026/117") are then required.
 */
public record StatusChange(@NotNull(message = "{concept.status.required}") ConceptStatus status,
		LocalDate resolutionDate,
		@Size(max = 100, message = "{concept.resolutionReference.size}") String resolutionReference) {
}

package de.mosaik.core.concept;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an officer enters for a version of the concept. Its status changes apart ({@link StatusChange}). */
public record ConceptData(
		@NotBlank(message = "{concept.title.required}") @Size(max = 200, message = "{concept.title.size}") String title,
		@Size(max = 4000, message = "{concept.description.size}") String description) {
}

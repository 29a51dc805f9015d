package de.mosaik.core.concept;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an officer enters for a field of action; {@code position} orders the list. */
public record FieldOfActionData(
		@NotBlank(message = "{fieldOfAction.name.required}") @Size(max = 200, message = "{fieldOfAction.name.size}") String name,
		@Size(max = 2000, message = "{fieldOfAction.description.size}") String description,
		@Min(value = 0, message = "{fieldOfAction.position.range}") @Max(value = 9999, message = "{fieldOfAction.position.range}") Integer position) {
}

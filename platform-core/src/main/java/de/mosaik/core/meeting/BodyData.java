package de.mosaik.core.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an officer enters for a body. */
public record BodyData(
		@NotBlank(message = "{body.name.required}") @Size(max = 200, message = "{body.name.size}") String name,
		@NotNull(message = "{body.kind.required}") BodyKind kind,
		@Size(max = 2000, message = "{body.description.size}") String description) {
}

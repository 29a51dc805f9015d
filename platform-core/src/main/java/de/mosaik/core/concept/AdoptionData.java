package de.mosaik.core.concept;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Which release of the county's framework a municipality takes over, into which version of its own concept. */
public record AdoptionData(@NotNull(message = "{framework.releaseId.required}") UUID releaseId,
		@NotNull(message = "{framework.conceptId.required}") UUID conceptId) {
}

package de.mosaik.core.concept;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a county coordinator publishes: the goals of one version of the county's concept, with a note to the members. */
public record PublishData(@NotNull(message = "{framework.conceptId.required}") UUID conceptId,
		@Size(max = 2000, message = "{framework.note.size}") String note) {
}

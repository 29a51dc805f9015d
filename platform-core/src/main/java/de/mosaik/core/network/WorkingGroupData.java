package de.mosaik.core.network;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A working group as entered: its member organisations are the council's own. */
public record WorkingGroupData(
		@NotBlank(message = "{workingGroup.name.required}") @Size(max = 200, message = "{workingGroup.name.size}") String name,
		@Size(max = 2000, message = "{workingGroup.description.size}") String description,
		Boolean shared,
		@Size(max = 500, message = "{workingGroup.organisationIds.size}") Set<UUID> organisationIds) {
}

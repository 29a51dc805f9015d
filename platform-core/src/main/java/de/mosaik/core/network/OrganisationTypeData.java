package de.mosaik.core.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A type as entered: its name and where it stands in lists. */
public record OrganisationTypeData(
		@NotBlank(message = "{organisationType.name.required}") @Size(max = 100, message = "{organisationType.name.size}") String name,
		@Min(value = 0, message = "{organisationType.position.range}") @Max(value = 9999, message = "{organisationType.position.range}") Integer position) {
}

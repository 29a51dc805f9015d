package de.mosaik.core.needs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How many of one group took part, e.g. "Geflüchtete aus der Ukraine: 40": a label and a count, nothing
 * about a person.
 */
@Embeddable
public record ParticipantGroup(
		@Column(nullable = false) @NotBlank(message = "{needs.group.label.required}") @Size(max = 100, message = "{needs.group.label.size}") String label,
		@Column(nullable = false) @NotNull(message = "{needs.group.participants.required}") @Min(value = 0, message = "{needs.participants.range}") @Max(value = 10000000, message = "{needs.participants.range}") Integer participants) {
}

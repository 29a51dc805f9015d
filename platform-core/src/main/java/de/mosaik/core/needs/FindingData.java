package de.mosaik.core.needs;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A finding as entered: its text, the goals and measures (Maßnahmen) of this council it justifies, and
 * optionally its place in the list (from 1; not given: at the end, or where it is).
 */
public record FindingData(
		@NotBlank(message = "{finding.text.required}") @Size(max = 2000, message = "{finding.text.size}") String text,
		@Size(max = 100, message = "{finding.links.size}") Set<UUID> goalIds,
		@Size(max = 100, message = "{finding.links.size}") Set<UUID> measureIds,
		@Min(value = 1, message = "{finding.position.range}") @Max(value = 10000, message = "{finding.position.range}") Integer position) {

	public Set<UUID> goalIdsOrEmpty() {
		return goalIds == null ? Set.of() : goalIds;
	}

	public Set<UUID> measureIdsOrEmpty() {
		return measureIds == null ? Set.of() : measureIds;
	}
}

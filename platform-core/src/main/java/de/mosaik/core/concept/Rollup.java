package de.mosaik.core.concept;

import java.util.List;
import java.util.UUID;

/** The roll-up of a concept: in total, per field of action, and per goal within it. */
public record Rollup(UUID conceptId, Figures total, List<FieldRollup> fields) {

	/** A field of action's figures and its goals'. */
	public record FieldRollup(UUID fieldOfActionId, String name, Figures figures, List<GoalRollup> goals) {
	}

	/** A goal's figures. */
	public record GoalRollup(UUID goalId, String title, Figures figures) {
	}

	/** The figures of one field of action, none if the concept has no goal in it. */
	public Figures field(UUID fieldOfActionId) {
		return fields.stream()
			.filter(f -> f.fieldOfActionId().equals(fieldOfActionId))
			.map(FieldRollup::figures)
			.findFirst()
			.orElse(Figures.none());
	}
}

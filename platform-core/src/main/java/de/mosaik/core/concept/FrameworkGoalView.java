package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A goal of a published framework as county and members read it: the county from its own table, a member
 * through the county's {@code shared_framework_goal} view.
 *
 * @param sourceGoalId the county's goal, the same in every release that contains it
 */
public record FrameworkGoalView(UUID id, UUID sourceGoalId, String fieldName, String fieldDescription,
		int fieldPosition, String title, String description, BigDecimal targetValue, String targetUnit,
		Integer targetYear) {
}

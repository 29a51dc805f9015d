package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A goal of the concept in one field of action, with what should be reached by when (e.g. 120 places by 2028). */
public record GoalData(@NotNull(message = "{goal.fieldOfActionId.required}") UUID fieldOfActionId,
		@NotBlank(message = "{goal.title.required}") @Size(max = 200, message = "{goal.title.size}") String title,
		@Size(max = 4000, message = "{goal.description.size}") String description,
		@Digits(integer = 12, fraction = 2, message = "{goal.targetValue.digits}") BigDecimal targetValue,
		@Size(max = 50, message = "{goal.targetUnit.size}") String targetUnit,
		@Min(value = 2000, message = "{goal.targetYear.range}") @Max(value = 2100, message = "{goal.targetYear.range}") Integer targetYear,
		@Size(max = 20, message = "{goal.indicatorCodes.size}") List<@NotBlank(message = "{goal.indicatorCodes.blank}") String> indicatorCodes) {

	/** Codes as given, without duplicates; none when not given. */
	public GoalData {
		indicatorCodes = indicatorCodes == null ? List.of()
				: indicatorCodes.stream().map(c -> c == null ? null : c.strip()).distinct().toList();
	}

	/** A goal measured by no indicator. */
	public GoalData(UUID fieldOfActionId, String title, String description, BigDecimal targetValue, String targetUnit,
			Integer targetYear) {
		this(fieldOfActionId, title, description, targetValue, targetUnit, targetYear, List.of());
	}
}

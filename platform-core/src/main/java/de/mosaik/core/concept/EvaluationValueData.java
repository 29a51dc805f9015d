package de.mosaik.core.concept;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Target and actual value of a measure for one period: a year ({@code 2025}), a quarter
 * ({@code 2025-Q3}), a half-year ({@code 2025-H1}) or a month ({@code 2025-07}). The actual value may
 * still be missing.
 */
public record EvaluationValueData(
		@NotBlank(message = "{evaluation.period.required}") @Pattern(regexp = "^\\s*\\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?\\s*$", message = "{evaluation.period.format}") String period,
		@Digits(integer = 12, fraction = 2, message = "{evaluation.value.digits}") BigDecimal target,
		@Digits(integer = 12, fraction = 2, message = "{evaluation.value.digits}") BigDecimal actual) {
}

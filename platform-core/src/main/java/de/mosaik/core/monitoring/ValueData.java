package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A value an officer enters for the council's own area: the indicator, the period ({@code 2025},
 * {@code 2025-Q3} or {@code 2025-07}), the value, for a rate optionally its numerator and denominator (the
 * value is then computed when left out), and how many people it is about (for the suppression of small
 * numbers in the county's view).
 */
public record ValueData(@NotNull(message = "{value.indicatorId.required}") UUID indicatorId,
		@NotBlank(message = "{value.period.required}") @Pattern(regexp = Period.FORMAT, message = "{value.period.format}") String period,
		@Digits(integer = 14, fraction = 6, message = "{value.digits}") BigDecimal value,
		@Digits(integer = 14, fraction = 6, message = "{value.digits}") BigDecimal numerator,
		@Digits(integer = 14, fraction = 6, message = "{value.digits}") @DecimalMin(value = "0", inclusive = false, message = "{value.denominator.positive}") BigDecimal denominator,
		@Min(value = 0, message = "{value.cases.range}") @Max(value = 100_000_000, message = "{value.cases.range}") Integer cases) {
}

package de.mosaik.core.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a tenant enters for an indicator of its own. A rate needs its scale (100 for per cent, 1000 for
 * per thousand) and says what it counts and divides by.
 */
public record IndicatorData(
		@NotBlank(message = "{indicator.code.required}") @Size(max = 40, message = "{indicator.code.size}") @Pattern(regexp = "^\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*$", message = "{indicator.code.format}") String code,
		@NotBlank(message = "{indicator.name.required}") @Size(max = 200, message = "{indicator.name.size}") String name,
		@Size(max = 200, message = "{indicator.name.size}") String nameEn,
		@NotBlank(message = "{indicator.unit.required}") @Size(max = 100, message = "{indicator.unit.size}") String unit,
		@Size(max = 4000, message = "{indicator.definition.size}") String definition,
		@Size(max = 1000, message = "{indicator.numerator.size}") String numerator,
		@Size(max = 1000, message = "{indicator.denominator.size}") String denominator,
		@NotNull(message = "{indicator.kind.required}") IndicatorKind kind,
		Integer scale,
		@NotNull(message = "{indicator.direction.required}") Direction direction) {
}

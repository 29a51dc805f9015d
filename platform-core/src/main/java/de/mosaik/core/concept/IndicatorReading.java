package de.mosaik.core.concept;

import java.math.BigDecimal;

/**
 * An indicator that measures a goal, with its two latest values for the council's own area.
 *
 * @param direction whether a rising value is good news: HIGHER_IS_BETTER, LOWER_IS_BETTER or NEUTRAL
 * @param latestPeriod e.g. {@code 2025}, {@code 2025-Q3}; null when the area has no value yet
 * @param previousPeriod the period before, of the same type; null when there is only one value
 */
public record IndicatorReading(String code, String name, String unit, String direction, String latestPeriod,
		BigDecimal latestValue, String previousPeriod, BigDecimal previousValue, IndicatorTrend trend) {

	/** The latest value against the one before, judged by the indicator's direction. */
	public enum IndicatorTrend {
		BETTER, WORSE, STEADY, RISING, FALLING, UNKNOWN
	}

	static IndicatorTrend trend(String direction, BigDecimal latest, BigDecimal previous) {
		if (latest == null || previous == null) {
			return IndicatorTrend.UNKNOWN;
		}
		int c = latest.compareTo(previous);
		if (c == 0) {
			return IndicatorTrend.STEADY;
		}
		return switch (direction) {
			case "HIGHER_IS_BETTER" -> c > 0 ? IndicatorTrend.BETTER : IndicatorTrend.WORSE;
			case "LOWER_IS_BETTER" -> c < 0 ? IndicatorTrend.BETTER : IndicatorTrend.WORSE;
			default -> c > 0 ? IndicatorTrend.RISING : IndicatorTrend.FALLING;
		};
	}
}

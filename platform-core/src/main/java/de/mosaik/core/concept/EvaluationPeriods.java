package de.mosaik.core.concept;

import java.time.LocalDate;
import java.time.YearMonth;

/** The days an evaluation period stands for: a year ({@code 2025}), quarter ({@code 2025-Q3}), half-year ({@code 2025-H1}) or month ({@code 2025-07}). */
final class EvaluationPeriods {

	private EvaluationPeriods() {
	}

	/** First and last day of the period. */
	static LocalDate[] range(String period) {
		int year = Integer.parseInt(period.substring(0, 4));
		if (period.length() == 4) {
			return months(year, 1, 12);
		}
		String part = period.substring(5);
		return switch (part.charAt(0)) {
			case 'Q' -> months(year, (part.charAt(1) - '1') * 3 + 1, (part.charAt(1) - '1') * 3 + 3);
			case 'H' -> months(year, (part.charAt(1) - '1') * 6 + 1, (part.charAt(1) - '1') * 6 + 6);
			default -> months(year, Integer.parseInt(part), Integer.parseInt(part));
		};
	}

	private static LocalDate[] months(int year, int first, int last) {
		return new LocalDate[] { LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth() };
	}
}

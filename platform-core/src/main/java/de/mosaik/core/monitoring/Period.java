package de.mosaik.core.monitoring;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year, quarter or month, by its type and first day; written {@code 2025}, {@code 2025-Q3} or
 * {@code 2025-07}.
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {

	public static final String FORMAT = "^\\s*\\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?\\s*$";

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?");

	public Period {
		if (type == null || start == null || start.getDayOfMonth() != 1
				|| (type == PeriodType.YEAR && start.getMonthValue() != 1)
				|| (type == PeriodType.QUARTER && (start.getMonthValue() - 1) % 3 != 0)) {
			throw new IllegalArgumentException("Not the start of a " + type + ": " + start);
		}
	}

	/** @throws IllegalArgumentException unless the text is {@code 2025}, {@code 2025-Q3} or {@code 2025-07} */
	public static Period parse(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a period: " + text);
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			return new Period(PeriodType.QUARTER, LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
		}
		if (m.group(3) != null) {
			return new Period(PeriodType.MONTH, LocalDate.of(year, Integer.parseInt(m.group(3)), 1));
		}
		return new Period(PeriodType.YEAR, LocalDate.of(year, 1, 1));
	}

	/** The period of this type that contains the day, e.g. the reference date of a statistic. */
	public static Period containing(PeriodType type, LocalDate day) {
		return switch (type) {
			case YEAR -> new Period(type, LocalDate.of(day.getYear(), 1, 1));
			case QUARTER -> new Period(type, LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
			case MONTH -> new Period(type, day.withDayOfMonth(1));
		};
	}

	@Override
	public String toString() {
		return switch (type) {
			case YEAR -> String.valueOf(start.getYear());
			case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
			case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
		};
	}

	@Override
	public int compareTo(Period other) {
		int byStart = start.compareTo(other.start);
		return byStart != 0 ? byStart : type.compareTo(other.type);
	}
}

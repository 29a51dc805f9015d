package de.mosaik.core.concept;

import java.time.LocalDate;

import de.mosaik.core.shared.InvalidInputException;

/** The period a status report covers, both days included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public ReportPeriod {
		if (from == null) {
			throw new InvalidInputException("from", "report.from.required");
		}
		if (to == null) {
			throw new InvalidInputException("to", "report.to.required");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "report.to.beforeFrom");
		}
	}

	/** The calendar year of the day. */
	public static ReportPeriod yearOf(LocalDate day) {
		return new ReportPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
	}

	/** Whether something running from {@code start} to {@code end} (either open when null) touches this period. */
	public boolean overlaps(LocalDate start, LocalDate end) {
		return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
	}
}

package de.mosaik.core.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The days on which a series meets, from its first to its last day (both included). */
final class Recurrence {

	/** More would be a mistake in the dates rather than a plan: five years of weekly meetings is 260. */
	static final int MAX_MEETINGS = 60;

	private Recurrence() {
	}

	static List<LocalDate> days(SeriesData data) {
		List<LocalDate> days = new ArrayList<>();
		if (data.frequency() == Frequency.WEEKLY) {
			LocalDate day = data.firstDate().with(TemporalAdjusters.nextOrSame(data.dayOfWeek()));
			while (!day.isAfter(data.lastDate()) && days.size() <= MAX_MEETINGS) {
				days.add(day);
				day = day.plusWeeks(data.every());
			}
			return days;
		}
		YearMonth month = YearMonth.from(data.firstDate());
		while (!month.atDay(1).isAfter(data.lastDate()) && days.size() <= MAX_MEETINGS) {
			LocalDate day = data.weekOfMonth() == 5
					? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(data.dayOfWeek()))
					: month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(data.weekOfMonth(), data.dayOfWeek()));
			if (!day.isBefore(data.firstDate()) && !day.isAfter(data.lastDate())) {
				days.add(day);
			}
			month = month.plusMonths(data.every());
		}
		return days;
	}
}

package de.mosaik.core.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A template of recurring meetings, e.g. "every 2nd Tuesday of the month, 16:00–18:00, from … until …"
 * (MONTHLY, every 1, weekOfMonth 2, TUESDAY; weekOfMonth 5 is the last one of the month) or "every 2
 * weeks on Monday" (WEEKLY, every 2). Times are local times in Europe/Berlin; {@code agenda} is the
 * titles of the agenda items every meeting starts with.
 */
public record SeriesData(
		@NotBlank(message = "{meeting.title.required}") @Size(max = 200, message = "{meeting.title.size}") String title,
		@NotNull(message = "{series.frequency.required}") Frequency frequency,
		@Min(value = 1, message = "{series.every.range}") @Max(value = 12, message = "{series.every.range}") int every,
		@Min(value = 1, message = "{series.weekOfMonth.range}") @Max(value = 5, message = "{series.weekOfMonth.range}") Integer weekOfMonth,
		@NotNull(message = "{series.dayOfWeek.required}") DayOfWeek dayOfWeek,
		@NotNull(message = "{series.startTime.required}") LocalTime startTime,
		@NotNull(message = "{series.endTime.required}") LocalTime endTime,
		@NotNull(message = "{series.firstDate.required}") LocalDate firstDate,
		@NotNull(message = "{series.lastDate.required}") LocalDate lastDate,
		@Size(max = 300, message = "{meeting.location.size}") String location,
		@Size(max = 500, message = "{meeting.onlineUrl.size}") String onlineUrl,
		@Size(max = 30, message = "{series.agenda.size}") List<@NotBlank(message = "{agendaItem.title.required}") @Size(max = 200, message = "{agendaItem.title.size}") String> agenda) {
}

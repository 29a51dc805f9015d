package de.mosaik.core.meeting;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Who attended a meeting: a presence for each member recorded, and how many guests came besides. */
public record AttendanceData(
		@Min(value = 0, message = "{attendance.guests.range}") @Max(value = 9999, message = "{attendance.guests.range}") int guests,
		@NotNull(message = "{attendance.entries.required}") List<@Valid Entry> entries) {

	/** One member's presence. */
	public record Entry(@NotNull(message = "{attendance.memberId.required}") UUID memberId,
			@NotNull(message = "{attendance.presence.required}") Presence presence) {
	}
}

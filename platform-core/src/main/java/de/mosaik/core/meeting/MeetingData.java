package de.mosaik.core.meeting;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an officer enters for a meeting: times with their offset (shown in Europe/Berlin), a place, an
 * online link (http or https) or both. {@code status} not given: planned for a new meeting, unchanged
 * for an existing one.
 */
public record MeetingData(
		@NotBlank(message = "{meeting.title.required}") @Size(max = 200, message = "{meeting.title.size}") String title,
		@NotNull(message = "{meeting.startsAt.required}") OffsetDateTime startsAt,
		@NotNull(message = "{meeting.endsAt.required}") OffsetDateTime endsAt,
		@Size(max = 300, message = "{meeting.location.size}") String location,
		@Size(max = 500, message = "{meeting.onlineUrl.size}") String onlineUrl,
		MeetingStatus status) {
}

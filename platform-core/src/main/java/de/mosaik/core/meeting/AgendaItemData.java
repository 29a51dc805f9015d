package de.mosaik.core.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an officer enters for an agenda item; {@code minutes} is what was said on it. */
public record AgendaItemData(
		@NotBlank(message = "{agendaItem.title.required}") @Size(max = 200, message = "{agendaItem.title.size}") String title,
		@Size(max = 2000, message = "{agendaItem.description.size}") String description,
		@Size(max = 8000, message = "{agendaItem.minutes.size}") String minutes) {
}

package de.mosaik.core.needs;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an officer enters for a needs analysis. Participants are counts: in total and, if wanted, per
 * group; there is deliberately no field for a person.
 */
public record NeedsAnalysisData(
		@NotBlank(message = "{needs.title.required}") @Size(max = 200, message = "{needs.title.size}") String title,
		@NotNull(message = "{needs.method.required}") NeedsMethod method,
		@NotNull(message = "{needs.conductedOn.required}") LocalDate conductedOn,
		@Min(value = 0, message = "{needs.participants.range}") @Max(value = 10000000, message = "{needs.participants.range}") Integer participantsTotal,
		@Size(max = 20, message = "{needs.groups.size}") List<@Valid ParticipantGroup> groups,
		@Size(max = 4000, message = "{needs.summary.size}") String summary) {

	public List<ParticipantGroup> groupsOrEmpty() {
		return groups == null ? List.of() : groups;
	}
}

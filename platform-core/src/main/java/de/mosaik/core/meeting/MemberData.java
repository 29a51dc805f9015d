package de.mosaik.core.meeting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an officer enters for a member of a body: from a department or from a partner organisation
 * (free text until the partner network comes), not both.
 */
public record MemberData(
		@NotBlank(message = "{member.name.required}") @Size(max = 200, message = "{member.name.size}") String name,
		@Size(max = 200, message = "{member.function.size}") String function,
		UUID departmentId,
		@Size(max = 200, message = "{member.organisation.size}") String organisation,
		@NotNull(message = "{member.role.required}") MemberRole role,
		LocalDate termFrom,
		LocalDate termTo) {
}

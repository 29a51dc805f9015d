package de.mosaik.core.department;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an officer enters for a department. */
public record DepartmentData(
		@NotBlank(message = "{department.name.required}") @Size(max = 200, message = "{department.name.size}") String name,
		@Size(max = 30, message = "{department.shortName.size}") String shortName,
		@Email(message = "{department.contactEmail.invalid}") @Size(max = 254, message = "{department.contactEmail.size}") String contactEmail) {
}

package de.mosaik.web.departments;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.department.Department;

/** A department as the API shows it. */
record DepartmentResponse(UUID id, String name, String shortName, String contactEmail, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, long version) {

	static DepartmentResponse of(Department d) {
		return new DepartmentResponse(d.getId(), d.getName(), d.getShortName(), d.getContactEmail(), d.getCreatedAt(),
				d.getUpdatedAt(), d.getVersion());
	}
}

package de.mosaik.core.department;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the department list of the current tenant: names are unique regardless of case. */
@Service
public class DepartmentService {

	private final Departments departments;

	private final Clock clock;

	DepartmentService(Departments departments, Clock clock) {
		this.departments = departments;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Department> list(String search, Pageable pageable) {
		if (search == null || search.isBlank()) {
			return departments.findAll(pageable);
		}
		return departments.search(search.strip(), pageable);
	}

	@Transactional(readOnly = true)
	public Department get(UUID id) {
		return departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
	}

	@Transactional
	public Department create(DepartmentData data) {
		if (departments.existsByNameIgnoreCase(data.name().strip())) {
			throw new DuplicateException("name", "department.name.duplicate");
		}
		return departments.save(new Department(data, now()));
	}

	@Transactional
	public Department update(UUID id, long expectedVersion, DepartmentData data) {
		Department department = get(id);
		if (department.getVersion() != expectedVersion) {
			throw new StaleVersionException("department", id);
		}
		if (departments.existsByNameIgnoreCaseAndIdNot(data.name().strip(), id)) {
			throw new DuplicateException("name", "department.name.duplicate");
		}
		department.apply(data, now());
		return departments.saveAndFlush(department);
	}

	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Department department = get(id);
		if (department.getVersion() != expectedVersion) {
			throw new StaleVersionException("department", id);
		}
		departments.delete(department);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}

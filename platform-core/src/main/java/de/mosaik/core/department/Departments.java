package de.mosaik.core.department;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The departments of the current tenant. */
public interface Departments extends JpaRepository<Department, UUID> {

	@Query("select d from Department d where lower(d.name) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(d.shortName, '')) like lower(concat('%', :text, '%'))")
	Page<Department> search(String text, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);
}

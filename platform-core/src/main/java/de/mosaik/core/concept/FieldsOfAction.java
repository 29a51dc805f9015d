package de.mosaik.core.concept;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The fields of action of the current tenant. */
public interface FieldsOfAction extends JpaRepository<FieldOfAction, UUID> {

	@Query("select f from FieldOfAction f where lower(f.name) like lower(concat('%', :text, '%'))")
	Page<FieldOfAction> search(String text, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	Optional<FieldOfAction> findFirstByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);
}

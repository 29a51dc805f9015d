package de.mosaik.core.meeting;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The bodies of the current tenant. */
public interface Bodies extends JpaRepository<Body, UUID> {

	@Query("select b from Body b where (:kind is null or b.kind = :kind) "
			+ "and (lower(b.name) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(b.description, '')) like lower(concat('%', :text, '%')))")
	Page<Body> find(BodyKind kind, String text, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);
}

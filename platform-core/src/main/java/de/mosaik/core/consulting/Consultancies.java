package de.mosaik.core.consulting;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The consultancies of the current tenant. */
public interface Consultancies extends JpaRepository<Consultancy, UUID> {

	@Query("select c from Consultancy c where (:conceptId is null or c.conceptId = :conceptId) "
			+ "and (lower(c.organisation) like lower(concat('%', :text, '%')) "
			+ "or lower(c.scope) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(c.contractReference, '')) like lower(concat('%', :text, '%')))")
	Page<Consultancy> find(UUID conceptId, String text, Pageable pageable);

	/** Concepts are another feature: only whether the version exists is asked here, in the same schema. */
	@Query(value = "select exists (select 1 from concept where id = :id)", nativeQuery = true)
	boolean conceptExists(UUID id);
}

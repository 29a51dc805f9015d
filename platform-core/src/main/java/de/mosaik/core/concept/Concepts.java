package de.mosaik.core.concept;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The versions of the current tenant's integration concept. */
public interface Concepts extends JpaRepository<Concept, UUID> {

	@Query("select c from Concept c where lower(c.title) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(c.resolutionReference, '')) like lower(concat('%', :text, '%'))")
	Page<Concept> search(String text, Pageable pageable);

	@Query("select coalesce(max(c.edition), 0) from Concept c")
	int lastEdition();

	Optional<Concept> findByStatus(ConceptStatus status);
}

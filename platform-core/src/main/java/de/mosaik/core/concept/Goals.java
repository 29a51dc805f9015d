package de.mosaik.core.concept;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The goals of the current tenant's concepts. */
public interface Goals extends JpaRepository<Goal, UUID> {

	@Query("select g from Goal g where g.conceptId = :conceptId "
			+ "and (:fieldOfActionId is null or g.fieldOfActionId = :fieldOfActionId) "
			+ "and lower(g.title) like lower(concat('%', :text, '%'))")
	Page<Goal> find(UUID conceptId, UUID fieldOfActionId, String text, Pageable pageable);

	List<Goal> findByConceptIdOrderByTitleAscIdAsc(UUID conceptId);

	boolean existsByConceptId(UUID conceptId);

	boolean existsByFieldOfActionId(UUID fieldOfActionId);

	/** The county goals a concept version already took over. */
	@Query("select g.sourceGoalId from Goal g where g.conceptId = :conceptId and g.sourceGoalId is not null")
	Set<UUID> sourceGoalIds(UUID conceptId);
}

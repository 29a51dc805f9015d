package de.mosaik.core.concept;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The measures of the current tenant's concepts. */
public interface Massnahmen extends JpaRepository<Massnahme, UUID> {

	@Query("select m from Massnahme m where m.goalId = :goalId and (:status is null or m.status = :status) "
			+ "and (lower(m.title) like lower(concat('%', :text, '%')) "
			+ "or lower(coalesce(m.partners, '')) like lower(concat('%', :text, '%')))")
	Page<Massnahme> find(UUID goalId, MassnahmeStatus status, String text, Pageable pageable);

	boolean existsByGoalId(UUID goalId);

	List<Massnahme> findByGoalIdInOrderByTitleAscIdAsc(Collection<UUID> goalIds);

	@Query("select new de.mosaik.core.concept.StatusSums(m.goalId, m.status, count(m), "
			+ "coalesce(sum(m.budgetPlanned), 0), coalesce(sum(m.budgetSpent), 0)) "
			+ "from Massnahme m where m.goalId in :goalIds group by m.goalId, m.status")
	List<StatusSums> sums(Collection<UUID> goalIds);

	/** Departments are another feature: only whether the row exists is asked here, in the same schema. */
	@Query(value = "select exists (select 1 from department where id = :id)", nativeQuery = true)
	boolean departmentExists(UUID id);

	/** Organisations of the council's own network (another feature), by id, in the same schema. */
	@Query(value = "select count(*) from organisation where id in (:ids)", nativeQuery = true)
	long organisationsExisting(Collection<UUID> ids);
}

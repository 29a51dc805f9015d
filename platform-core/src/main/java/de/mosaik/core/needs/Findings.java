package de.mosaik.core.needs;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The findings of the current tenant's needs analyses. */
public interface Findings extends JpaRepository<Finding, UUID> {

	List<Finding> findByAnalysisIdOrderByPositionAscCreatedAtAsc(UUID analysisId);

	long countByAnalysisId(UUID analysisId);

	@Query("select f from Finding f where :goalId member of f.goalIds order by f.analysisId, f.position")
	List<Finding> justifyingGoal(UUID goalId);

	@Query("select f from Finding f where :measureId member of f.measureIds order by f.analysisId, f.position")
	List<Finding> justifyingMeasure(UUID measureId);

	/** Moves the findings of an analysis between two places by {@code by}; their versions stay, nobody's edit is outdated by it. */
	@Modifying(flushAutomatically = true)
	@Query("update Finding f set f.position = f.position + :by where f.analysisId = :analysisId and f.id <> :except "
			+ "and f.position between :from and :to")
	int shift(UUID analysisId, UUID except, int from, int to, int by);

	/** Goals and measures are the concept's: here it is only asked which of these ids exist, in the same schema. */
	@Query(value = "select cast(id as varchar) from goal where id in (:ids)", nativeQuery = true)
	List<String> existingGoals(Collection<UUID> ids);

	@Query(value = "select cast(id as varchar) from massnahme where id in (:ids)", nativeQuery = true)
	List<String> existingMeasures(Collection<UUID> ids);
}

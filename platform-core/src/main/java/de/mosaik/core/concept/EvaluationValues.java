package de.mosaik.core.concept;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The evaluation values of the current tenant's measures. */
public interface EvaluationValues extends JpaRepository<EvaluationValue, UUID> {

	List<EvaluationValue> findByMassnahmeIdOrderByPeriodAsc(UUID massnahmeId);

	List<EvaluationValue> findByMassnahmeIdIn(Collection<UUID> massnahmeIds);

	boolean existsByMassnahmeIdAndPeriod(UUID massnahmeId, String period);

	boolean existsByMassnahmeIdAndPeriodAndIdNot(UUID massnahmeId, String period, UUID id);
}

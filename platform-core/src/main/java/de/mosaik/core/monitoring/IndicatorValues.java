package de.mosaik.core.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's indicator values. */
public interface IndicatorValues extends JpaRepository<IndicatorValue, UUID>, JpaSpecificationExecutor<IndicatorValue> {

	boolean existsByIndicatorId(UUID indicatorId);

	boolean existsByIndicatorIdAndAreaAndPeriodTypeAndPeriodStart(UUID indicatorId, String area, PeriodType type,
			LocalDate start);

	boolean existsByIndicatorIdAndAreaAndPeriodTypeAndPeriodStartAndIdNot(UUID indicatorId, String area,
			PeriodType type, LocalDate start, UUID id);

	List<IndicatorValue> findByIndicatorIdIn(Collection<UUID> indicatorIds);

	List<IndicatorValue> findByPeriodType(PeriodType type);

	long countByImportId(UUID importId);

	@Modifying
	@Query("delete from IndicatorValue v where v.importId = :importId")
	int deleteByImport(UUID importId);
}

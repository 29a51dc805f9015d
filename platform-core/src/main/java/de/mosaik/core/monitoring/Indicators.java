package de.mosaik.core.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's indicator catalogue. */
public interface Indicators extends JpaRepository<Indicator, UUID> {

	@Query("select i from Indicator i where (:origin is null or i.origin = :origin) and (lower(i.code) like lower(concat('%', :text, '%')) "
			+ "or lower(i.name) like lower(concat('%', :text, '%')) or lower(coalesce(i.nameEn, '')) like lower(concat('%', :text, '%')))")
	Page<Indicator> search(String text, Origin origin, Pageable pageable);

	Optional<Indicator> findByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCase(String code);

	boolean existsByCodeIgnoreCaseAndIdNot(String code, UUID id);

	/** Goals of the concept (another feature) name indicators by code: asked in the same schema only. */
	@Query(value = "select exists (select 1 from goal_indicator where lower(indicator_code) = lower(:code))", nativeQuery = true)
	boolean namedByGoal(String code);

	List<Indicator> findAllByOrderByCodeAsc();
}

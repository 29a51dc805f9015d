package de.mosaik.core.monitoring;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's imports of statistics files. */
public interface StatisticsImports extends JpaRepository<StatisticsImport, UUID> {

	@Query("select i from StatisticsImport i where (:status is null or i.status = :status) "
			+ "and lower(i.fileName) like lower(concat('%', :text, '%'))")
	Page<StatisticsImport> search(String text, ImportStatus status, Pageable pageable);
}

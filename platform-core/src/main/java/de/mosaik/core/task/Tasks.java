package de.mosaik.core.task;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The tasks of the current tenant. */
public interface Tasks extends JpaRepository<Task, UUID>, JpaSpecificationExecutor<Task> {

	/** Measures are another feature: only whether the row exists is asked here, in the same schema. */
	@Query(value = "select exists (select 1 from massnahme where id = :id)", nativeQuery = true)
	boolean measureExists(UUID id);
}

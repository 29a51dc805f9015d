package de.mosaik.admin.migration;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** All migration runs. */
public interface MigrationRuns extends JpaRepository<MigrationRun, UUID> {

	List<MigrationRun> findTop20ByOrderByStartedAtDesc();
}

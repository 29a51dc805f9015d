package de.mosaik.core.concept;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The framework releases a county published. */
public interface FrameworkReleases extends JpaRepository<FrameworkRelease, UUID> {

	@Query("select coalesce(max(r.number), 0) from FrameworkRelease r")
	int lastNumber();

	Optional<FrameworkRelease> findFirstByOrderByNumberDesc();
}

package de.mosaik.core.concept;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The goals of the county's framework releases. */
public interface FrameworkGoals extends JpaRepository<FrameworkGoal, UUID> {

	List<FrameworkGoal> findByReleaseIdOrderByFieldPositionAscFieldNameAscTitleAscIdAsc(UUID releaseId);

	long countByReleaseId(UUID releaseId);
}

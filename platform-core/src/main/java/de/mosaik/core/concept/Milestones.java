package de.mosaik.core.concept;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The milestones of the current tenant's measures. */
public interface Milestones extends JpaRepository<Milestone, UUID> {

	List<Milestone> findByMassnahmeIdOrderByDueDateAscTitleAsc(UUID massnahmeId);
}

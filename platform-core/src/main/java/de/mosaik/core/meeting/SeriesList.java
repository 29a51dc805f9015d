package de.mosaik.core.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The meeting series of the current tenant's bodies. */
public interface SeriesList extends JpaRepository<MeetingSeries, UUID> {

	List<MeetingSeries> findByBodyIdOrderByFirstDateAscIdAsc(UUID bodyId);
}

package de.mosaik.core.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The meetings of the current tenant's bodies. */
public interface Meetings extends JpaRepository<Meeting, UUID>, JpaSpecificationExecutor<Meeting> {

	boolean existsByBodyId(UUID bodyId);

	List<Meeting> findByBodyIdOrderByStartsAtAscIdAsc(UUID bodyId);

	List<Meeting> findBySeriesIdOrderByStartsAtAscIdAsc(UUID seriesId);
}

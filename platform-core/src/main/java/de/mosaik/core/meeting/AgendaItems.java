package de.mosaik.core.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The agenda items of the current tenant's meetings. */
public interface AgendaItems extends JpaRepository<AgendaItem, UUID> {

	List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(UUID meetingId);

	@Query("select coalesce(max(a.position), 0) from AgendaItem a where a.meetingId = :meetingId")
	int lastPosition(UUID meetingId);
}

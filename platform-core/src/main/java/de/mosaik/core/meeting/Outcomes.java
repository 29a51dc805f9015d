package de.mosaik.core.meeting;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The outcomes recorded in the current tenant's minutes. */
public interface Outcomes extends JpaRepository<Outcome, UUID> {

	List<Outcome> findByAgendaItemIdInOrderByCreatedAtAscIdAsc(Collection<UUID> agendaItemIds);

	/**
	 * Decisions of meetings that start in {@code [from, until)} and were not cancelled, in the order they
	 * were taken. Goal and measure are the concept's tables in the same schema, read only for their titles.
	 */
	@Query(value = "select new de.mosaik.core.meeting.Decision(o.id, o.text, m.id, m.title, m.startsAt, b.id, b.name, "
			+ "b.kind, a.title, g.id, g.title, ms.id, ms.title) "
			+ "from Outcome o join AgendaItem a on a.id = o.agendaItemId join Meeting m on m.id = a.meetingId "
			+ "join Body b on b.id = m.bodyId left join Goal g on g.id = o.goalId left join Massnahme ms on ms.id = o.measureId "
			+ "where o.kind = de.mosaik.core.meeting.OutcomeKind.DECISION "
			+ "and m.status <> de.mosaik.core.meeting.MeetingStatus.CANCELLED "
			+ "and m.startsAt >= :from and m.startsAt < :until and (:kind is null or b.kind = :kind) "
			+ "and (:bodyId is null or b.id = :bodyId) order by m.startsAt, m.id, a.position, o.createdAt, o.id",
			countQuery = "select count(o) from Outcome o join AgendaItem a on a.id = o.agendaItemId "
					+ "join Meeting m on m.id = a.meetingId join Body b on b.id = m.bodyId "
					+ "where o.kind = de.mosaik.core.meeting.OutcomeKind.DECISION "
					+ "and m.status <> de.mosaik.core.meeting.MeetingStatus.CANCELLED "
					+ "and m.startsAt >= :from and m.startsAt < :until and (:kind is null or b.kind = :kind) "
					+ "and (:bodyId is null or b.id = :bodyId)")
	Page<Decision> decisions(OffsetDateTime from, OffsetDateTime until, BodyKind kind, UUID bodyId, Pageable pageable);

	/** The concept is another feature: only whether the row exists is asked here, in the same schema. */
	@Query(value = "select exists (select 1 from goal where id = :id)", nativeQuery = true)
	boolean goalExists(UUID id);

	@Query(value = "select exists (select 1 from massnahme where id = :id)", nativeQuery = true)
	boolean measureExists(UUID id);
}

package de.mosaik.core.meeting;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A decision of a body as reports list it: when and where it was taken, what it says, and the goal or
 * measure of the concept it concerns (null where none, or where that was deleted since).
 */
public record Decision(UUID outcomeId, String text, UUID meetingId, String meetingTitle, OffsetDateTime meetingStartsAt,
		UUID bodyId, String bodyName, BodyKind bodyKind, String agendaItemTitle, UUID goalId, String goalTitle,
		UUID measureId, String measureTitle) {
}

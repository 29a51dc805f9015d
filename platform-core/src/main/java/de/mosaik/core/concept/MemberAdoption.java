package de.mosaik.core.concept;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member's latest adoption of the county's framework as the county sees it: which release, when, and
 * where the member's concept version stands. No text of the member.
 */
public record MemberAdoption(UUID releaseId, int releaseNumber, OffsetDateTime adoptedAt, int conceptEdition,
		ConceptStatus conceptStatus) {
}

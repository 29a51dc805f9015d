package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member municipality's proposal as the county reads it (through the member's
 * {@code county_network_proposal} view): what it needs to decide, not who proposed it.
 */
public record MemberProposal(String memberKey, UUID id, ProposalKind kind, UUID targetId,
		OrganisationData organisation, String comment, OffsetDateTime createdAt) {
}

package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A proposal with what the county decided, as its proposer reads it.
 *
 * @param outcome null while the county has not decided
 */
public record ProposalView(Proposal proposal, ProposalOutcome outcome, String reason, UUID organisationId,
		OffsetDateTime decidedAt) {

	public boolean pending() {
		return outcome == null;
	}
}

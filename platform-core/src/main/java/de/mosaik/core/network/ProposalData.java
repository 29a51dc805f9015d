package de.mosaik.core.network;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposal as a municipality enters it: the organisation as it should be in the county's directory
 * ({@code type} one of the county's type codes), for a change the county's organisation it replaces,
 * and why.
 */
public record ProposalData(UUID targetId,
		@NotNull(message = "{proposal.organisation.required}") @Valid OrganisationData organisation,
		@Size(max = 2000, message = "{proposal.comment.size}") String comment) {
}

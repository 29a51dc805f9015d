package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The county's decision on a member's proposal, kept in the county's schema; the member reads its own
 * through the county's {@code shared_network_decision} view. Decided once, never changed.
 */
@Entity
@Table(name = "network_decision")
public class Decision {

	@Id
	private UUID id;

	@Column(name = "member_key", nullable = false, updatable = false)
	private String memberKey;

	@Column(name = "proposal_id", nullable = false, updatable = false)
	private UUID proposalId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ProposalKind kind;

	@Column(name = "proposal_name", nullable = false, updatable = false)
	private String proposalName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ProposalOutcome outcome;

	@Column(updatable = false)
	private String reason;

	/** The shared organisation made or changed; cleared if the county deletes it later. */
	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private OffsetDateTime decidedAt;

	protected Decision() {
	}

	Decision(MemberProposal proposal, ProposalOutcome outcome, String reason, UUID organisationId, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.memberKey = proposal.memberKey();
		this.proposalId = proposal.id();
		this.kind = proposal.kind();
		this.proposalName = proposal.organisation().name();
		this.outcome = outcome;
		this.reason = Texts.blankToNull(reason);
		this.organisationId = organisationId;
		this.decidedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getMemberKey() {
		return memberKey;
	}

	public UUID getProposalId() {
		return proposalId;
	}

	public ProposalKind getKind() {
		return kind;
	}

	public String getProposalName() {
		return proposalName;
	}

	public ProposalOutcome getOutcome() {
		return outcome;
	}

	public String getReason() {
		return reason;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public OffsetDateTime getDecidedAt() {
		return decidedAt;
	}
}

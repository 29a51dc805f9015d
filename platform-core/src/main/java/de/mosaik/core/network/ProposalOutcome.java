package de.mosaik.core.network;

/** The county coordinator's decision on a proposal. */
public enum ProposalOutcome {

	/** Taken into the shared directory. */
	ACCEPTED,

	/** Not taken, with a reason the proposer reads. */
	DECLINED
}

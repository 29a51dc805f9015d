package de.mosaik.core.network;

/** What a municipality proposes to its county's directory. */
public enum ProposalKind {

	/** An organisation the directory does not have yet. */
	NEW,

	/** A change to one of the directory's shared organisations. */
	CHANGE
}

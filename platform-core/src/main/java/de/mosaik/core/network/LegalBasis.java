package de.mosaik.core.network;

/** Why the council may keep a contact person's data (Art. 6 Abs. 1 DSGVO). */
public enum LegalBasis {

	/** lit. a: the person consented, on a date that is recorded. */
	CONSENT,

	/** lit. b: a contract with the person (e.g. a funding or service agreement). */
	CONTRACT,

	/** lit. c: a legal obligation of the council. */
	LEGAL_OBLIGATION,

	/** lit. e: the council's public task (integration work), with its statutory basis in the note. */
	PUBLIC_TASK
}

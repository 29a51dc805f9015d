package de.mosaik.core.network;

/** Where a directory entry comes from, as a municipality sees it. */
public enum Source {

	/** The council's own entry, in its own schema. */
	OWN,

	/** Shared by the county, read from the county's directory; changed only by the county. */
	COUNTY
}

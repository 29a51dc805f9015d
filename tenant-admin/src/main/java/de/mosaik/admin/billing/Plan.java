package de.mosaik.admin.billing;

/** What a council pays for. */
public enum Plan {
	/** A kreisfreie Stadt: one council. */
	MUNICIPALITY,
	/** A county with all its member municipalities: quantity = active members. */
	COUNTY_PACKAGE
}

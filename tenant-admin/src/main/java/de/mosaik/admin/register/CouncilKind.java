package de.mosaik.admin.register;

/** The kinds of council that can be tenants. */
public enum CouncilKind {

	/** A Landkreis (Kreis, Regionalverband), 5-digit key, has member municipalities. */
	COUNTY,

	/** A kreisangehörige Gemeinde or Stadt, 8-digit key, belongs to exactly one county. */
	MUNICIPALITY,

	/** A kreisfreie Stadt or Stadtkreis, 8-digit key, no parent and no members. */
	CITY
}

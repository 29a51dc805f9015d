package de.mosaik.core.tenancy;

/** The roles of DESIGN.md. Every role but the operator's is held in one tenant. */
public enum Role {

	/** The SaaS operator's staff: councils, plans, migrations. Never reads tenant content. */
	PLATFORM_OPERATOR,

	/** Integration coordination of a county: everything in the county's tenant. */
	COUNTY_COORDINATOR,

	/** Integration officer of a municipality: everything in their own tenant. */
	MUNICIPAL_OFFICER,

	/** Counselling and ombuds staff: the only role that reads case records. */
	COUNSELLOR,

	/** Read-only access to the parts a tenant opens, e.g. advisory council members. */
	VIEWER;

	public boolean isPlatformWide() {
		return this == PLATFORM_OPERATOR;
	}
}

package de.mosaik.web.monitoring;

/** Who may do what in monitoring (DESIGN.md roles). */
final class Roles {

	static final String READERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')";

	static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')";

	/** The county's view across its members: its coordination, and read-only people the county lets in. */
	static final String COUNTY = "hasAnyRole('COUNTY_COORDINATOR', 'VIEWER')";

	private Roles() {
	}
}

package de.mosaik.core.tenancy;

/** Where the changelog of every tenant schema lives on the classpath. */
public final class TenantChangelog {

	public static final String LOCATION = "db/tenant/changelog.xml";

	private TenantChangelog() {
	}
}

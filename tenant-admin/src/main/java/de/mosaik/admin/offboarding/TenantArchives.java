package de.mosaik.admin.offboarding;

import de.mosaik.core.tenancy.TenantKey;

/** All data of a tenant schema as a ZIP archive (JSON and CSV per table, manifest, checksums), and back. */
public interface TenantArchives {

	/** The archive and what its manifest says. */
	record Archive(byte[] zip, String sha256, String manifest, int tables, long rows) {
	}

	Archive export(TenantKey tenant, String councilName);

	/** Replaces every table's rows of an existing (fresh) tenant schema by the archive's. */
	void restore(TenantKey tenant, byte[] zip);
}

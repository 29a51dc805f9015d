package de.mosaik.admin.tenant;

import de.mosaik.core.tenancy.TenantKey;

/**
 * The database side of a tenant: its schema, its own role and the tenant changelog. Implemented in
 * {@code infra} with Liquibase; every operation is idempotent, so that a retry completes a half-done one.
 */
public interface TenantSchemas {

	/** The version that the tenant changelog brings a schema to (stable for one build). */
	String targetVersion();

	/**
	 * Creates schema and role if missing, applies the tenant changelog, grants the role its schema. A
	 * brand-new schema is created inside the caller's transaction, if there is one, so that it exists
	 * exactly when the caller's writes (the tenant's status) do.
	 */
	String provision(TenantKey tenant);

	/** Applies what is missing of the tenant changelog to an existing schema. */
	String migrate(TenantKey tenant);

	/**
	 * Like {@link #migrate(TenantKey)}, for a schema whose recorded version is known: the same result, possibly
	 * faster (one script for every schema at that version).
	 */
	default String migrate(TenantKey tenant, String recordedVersion) {
		return migrate(tenant);
	}

	/** Drops the schema with everything in it and the tenant's role. Idempotent. */
	void drop(TenantKey tenant);

	/** What of the tenant still exists in the database (schema, role); empty once it is gone. */
	java.util.List<String> remnants(TenantKey tenant);
}

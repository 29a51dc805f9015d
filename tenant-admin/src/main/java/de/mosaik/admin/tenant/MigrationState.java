package de.mosaik.admin.tenant;

/** How a tenant's schema compares with the tenant changelog of the running version. */
public enum MigrationState {
	/** Not provisioned yet. */
	PENDING,
	/** Schema version equals the changelog's. */
	CURRENT,
	/** Older than the changelog: the next migration run applies the rest. */
	BEHIND,
	/** The last migration failed; {@code lastError} says why, a rerun retries. */
	FAILED
}

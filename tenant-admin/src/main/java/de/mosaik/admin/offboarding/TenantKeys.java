package de.mosaik.admin.offboarding;

/** The keys a tenant has in Redis, so that offboarding leaves none behind. */
public interface TenantKeys {

	/** @return how many keys were deleted */
	long deleteAll(String ags);

	long count(String ags);
}

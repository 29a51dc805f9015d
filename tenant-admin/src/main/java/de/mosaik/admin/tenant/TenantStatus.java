package de.mosaik.admin.tenant;

/** Where a tenant is in its life. Only {@code ACTIVE} and {@code SUSPENDED} tenants are reachable. */
public enum TenantStatus {
	PROVISIONING, ACTIVE, SUSPENDED, OFFBOARDED
}

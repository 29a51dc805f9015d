package de.mosaik.infra.multitenancy;

import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Tells Hibernate the tenant of the current unit of work, or the platform when there is none. */
class TenantResolver implements CurrentTenantIdentifierResolver<String> {

	private final CurrentTenant currentTenant;

	TenantResolver(CurrentTenant currentTenant) {
		this.currentTenant = currentTenant;
	}

	@Override
	public String resolveCurrentTenantIdentifier() {
		return currentTenant.get().map(TenantKey::value).orElse(TenantConnections.PLATFORM);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}
}

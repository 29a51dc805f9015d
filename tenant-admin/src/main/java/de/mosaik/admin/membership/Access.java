package de.mosaik.admin.membership;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.core.tenancy.Role;

/** Everything one person may reach: platform roles and roles per tenant. */
public record Access(Identity identity, Set<Role> platformRoles, List<TenantRoles> tenants) {

	/**
	 * The roles held in one reachable tenant.
	 *
	 * @param suspensionReason why the council is suspended, null unless it is
	 */
	public record TenantRoles(String ags, String name, CouncilKind kind, TenantStatus status, Set<Role> roles,
			String suspensionReason) {

		public boolean suspended() {
			return status == TenantStatus.SUSPENDED;
		}
	}

	public Optional<TenantRoles> in(String ags) {
		return tenants.stream().filter(t -> t.ags().equals(ags)).findFirst();
	}

	public boolean isOperator() {
		return platformRoles.contains(Role.PLATFORM_OPERATOR);
	}
}

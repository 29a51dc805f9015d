package de.mosaik.admin.membership;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.core.tenancy.Role;

/** Everything one person may reach: platform roles and roles per tenant. */
public record Access(Identity identity, Set<Role> platformRoles, List<TenantRoles> tenants) {

	/**
	 * The roles held in one reachable tenant.
	 *
	 * @param suspensionReason why the council is suspended, null unless it is
	 * @param migrationState how the council's schema compares with this version's changelog
	 */
	public record TenantRoles(String ags, String name, CouncilKind kind, TenantStatus status, Set<Role> roles,
			String suspensionReason, MigrationState migrationState) {

		public boolean suspended() {
			return status == TenantStatus.SUSPENDED;
		}

		/**
		 * Its last migration failed: the schema is somewhere between two versions, so nothing may read or
		 * write it until a rerun has brought it to the current one.
		 */
		public boolean unavailable() {
			return migrationState == MigrationState.FAILED;
		}
	}

	public Optional<TenantRoles> in(String ags) {
		return tenants.stream().filter(t -> t.ags().equals(ags)).findFirst();
	}

	public boolean isOperator() {
		return platformRoles.contains(Role.PLATFORM_OPERATOR);
	}
}

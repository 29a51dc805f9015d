package de.mosaik.infra.liquibase;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import de.mosaik.core.tenancy.TenantKey;

/**
 * The only privileges that cross tenant schemas, granted by naming convention after every provisioning and
 * migration (idempotent), so that no tenant changelog has to name another schema or a role:
 * <ul>
 * <li>Views named {@code county_*} in a municipality's schema are its aggregates for its county: the county's
 * role may read them, and nothing else in the schema. The views run with their owner's rights, so the county
 * reads sums, never the member's rows.</li>
 * <li>Views named {@code shared_*} in a county's schema are what its members may read (the shared network):
 * granted to the county's members role, which every member municipality's role belongs to.</li>
 * </ul>
 * A municipality's county is the first five digits of its key; a kreisfreie Stadt has no county tenant, and
 * nothing is granted for it.
 */
final class CrossTenantGrants {

	/** Prefix of views a member exposes to its county. */
	static final String COUNTY_VIEW_PREFIX = "county\\_";

	/** Prefix of views a county exposes to its members. */
	static final String SHARED_VIEW_PREFIX = "shared\\_";

	private final String rolePrefix;

	CrossTenantGrants(String rolePrefix) {
		this.rolePrefix = rolePrefix;
	}

	/** The group role of a county's member municipalities, e.g. {@code mosaik_t_03159_members}. */
	String membersRole(TenantKey county) {
		return county.roleName(rolePrefix) + "_members";
	}

	static TenantKey countyOf(TenantKey tenant) {
		return tenant.value().length() == 8 ? new TenantKey(tenant.value().substring(0, 5)) : null;
	}

	void grant(Statement sql, TenantKey tenant) throws SQLException {
		if (tenant.value().length() == 5) {
			grantToMembers(sql, tenant);
		}
		else {
			grantToCounty(sql, tenant);
		}
	}

	private void grantToMembers(Statement sql, TenantKey county) throws SQLException {
		String members = membersRole(county);
		sql.execute(String.join(";\n",
				"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + members + "') THEN CREATE ROLE "
						+ q(members) + " NOLOGIN; END IF; END $$",
				"GRANT USAGE ON SCHEMA " + q(county.schemaName()) + " TO " + q(members),
				grantViewsIfRoleExists(county.schemaName(), SHARED_VIEW_PREFIX, members)));
	}

	private void grantToCounty(Statement sql, TenantKey member) throws SQLException {
		TenantKey county = countyOf(member);
		String countyRole = county.roleName(rolePrefix);
		String members = membersRole(county);
		String memberRole = member.roleName(rolePrefix);
		sql.execute("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + countyRole + "') THEN "
				+ "EXECUTE 'GRANT USAGE ON SCHEMA " + q(member.schemaName()) + " TO " + q(countyRole) + "'; END IF; "
				+ "IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + members + "') THEN "
				+ "EXECUTE 'GRANT " + q(members) + " TO " + q(memberRole) + "'; END IF; END $$");
		sql.execute(grantViewsIfRoleExists(member.schemaName(), COUNTY_VIEW_PREFIX, countyRole));
	}

	private static String grantViewsIfRoleExists(String schema, String prefix, String role) {
		return "DO $$ DECLARE v record; BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
				+ "FOR v IN SELECT viewname FROM pg_views WHERE schemaname = '" + schema
				+ "' AND viewname LIKE '" + prefix + "%' LOOP EXECUTE format('GRANT SELECT ON %I.%I TO %I', '" + schema
				+ "', v.viewname, '" + role + "'); END LOOP; END IF; END $$";
	}

	/** Roles that exist only because of this tenant, besides its own: dropped with it. */
	List<String> ownRoles(TenantKey tenant) {
		return tenant.value().length() == 5 ? List.of(membersRole(tenant)) : List.of();
	}

	private static String q(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}

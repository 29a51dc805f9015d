package de.mosaik.core.network;

import java.util.List;
import java.util.Optional;

import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.stereotype.Component;

/**
 * Where the current tenant stands in its county's network: a county keeps the directory, a member
 * municipality reads the county's shared views (its role may, see infra CrossTenantGrants), a
 * kreisfreie Stadt or a municipality whose county is not on Mosaik has no county directory.
 */
@Component
class CountyLink {

	private final CurrentTenant currentTenant;

	private final TenantSql sql;

	CountyLink(CurrentTenant currentTenant, TenantSql sql) {
		this.currentTenant = currentTenant;
		this.sql = sql;
	}

	TenantKey tenant() {
		return currentTenant.require();
	}

	boolean isCounty() {
		return tenant().value().length() == 5;
	}

	/** The county whose shared directory this tenant may read, if there is one. */
	Optional<TenantKey> county() {
		TenantKey tenant = tenant();
		if (tenant.value().length() != 8) {
			return Optional.empty();
		}
		TenantKey county = new TenantKey(tenant.value().substring(0, 5));
		boolean readable = sql.count("select count(*) from pg_namespace n join pg_class c on c.relnamespace = n.oid "
				+ "and c.relname = 'shared_organisation' where n.nspname = ? and has_schema_privilege(n.oid, 'USAGE') "
				+ "and has_table_privilege(c.oid, 'SELECT')", List.of(county.schemaName())) > 0;
		return readable ? Optional.of(county) : Optional.empty();
	}

	/** The schema-qualified name of one of the county's shared views; keys are digits only. */
	static String view(TenantKey county, String view) {
		return county.schemaName() + "." + view;
	}
}

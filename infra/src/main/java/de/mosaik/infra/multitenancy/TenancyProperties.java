package de.mosaik.infra.multitenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rolePrefix prefix of every tenant's database role; roles are cluster-wide, so two deployments
 * (or test runs) on one PostgreSQL server need different prefixes
 * @param tenantsPerConnection how many times a pooled connection may change tenant before it is retired: a
 * PostgreSQL backend caches the catalog of every schema it has touched and never gives that memory back
 */
@ConfigurationProperties("mosaik.tenancy")
public record TenancyProperties(String rolePrefix, Integer tenantsPerConnection) {

	public TenancyProperties {
		if (tenantsPerConnection == null || tenantsPerConnection < 1) {
			tenantsPerConnection = 200;
		}
		if (rolePrefix == null || rolePrefix.isBlank()) {
			rolePrefix = "mosaik_";
		}
		if (!rolePrefix.matches("[a-z][a-z0-9_]{0,30}")) {
			throw new IllegalArgumentException("mosaik.tenancy.role-prefix must be lower-case letters, digits and _");
		}
	}
}

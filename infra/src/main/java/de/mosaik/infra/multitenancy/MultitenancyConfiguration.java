package de.mosaik.infra.multitenancy;

import javax.sql.DataSource;

import de.mosaik.core.tenancy.CurrentTenant;

import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One pool, one EntityManagerFactory for all tenants; Hibernate switches schema and role per session. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
public class MultitenancyConfiguration {

	@Bean
	TenantConnections tenantConnections(DataSource dataSource, TenancyProperties properties) {
		return new TenantConnections(dataSource, properties.rolePrefix(), properties.tenantsPerConnection());
	}

	@Bean
	HibernatePropertiesCustomizer multitenancy(TenantConnections connections, CurrentTenant currentTenant) {
		return properties -> {
			properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
			properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantResolver(currentTenant));
		};
	}
}

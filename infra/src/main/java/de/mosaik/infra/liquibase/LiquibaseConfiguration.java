package de.mosaik.infra.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.infra.multitenancy.TenancyProperties;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The platform changelog runs at start, into schema {@code platform}, which Liquibase does not create
 * by itself. Tenant schemas are Liquibase's too, through {@link LiquibaseTenantSchemas}.
 */
@Configuration(proxyBeanMethods = false)
public class LiquibaseConfiguration {

	public static final String PLATFORM_SCHEMA = "platform";

	@Bean
	SpringLiquibase liquibase(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("CREATE SCHEMA IF NOT EXISTS " + PLATFORM_SCHEMA);
		}
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog("classpath:" + PlatformChangelog.LOCATION);
		liquibase.setDefaultSchema(PLATFORM_SCHEMA);
		liquibase.setLiquibaseSchema(PLATFORM_SCHEMA);
		liquibase.setAnalyticsEnabled(false);
		return liquibase;
	}

	@Bean
	TenantSchemas tenantSchemas(DataSource dataSource, TenancyProperties tenancy, ResourceLoader resourceLoader) {
		return new LiquibaseTenantSchemas(dataSource, tenancy.rolePrefix(), resourceLoader);
	}
}

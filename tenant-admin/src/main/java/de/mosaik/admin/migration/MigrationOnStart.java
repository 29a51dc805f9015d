package de.mosaik.admin.migration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings all tenants to the running version's changelog at start (the platform changelog ran before,
 * with the data source). In Kubernetes the migration Job does this before the new version takes traffic.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "mosaik.migrations.on-start", havingValue = "true", matchIfMissing = true)
class MigrationOnStart implements ApplicationRunner {

	private final MigrationService migrations;

	MigrationOnStart(MigrationService migrations) {
		this.migrations = migrations;
	}

	@Override
	public void run(ApplicationArguments args) {
		migrations.runAll("system:start");
	}
}

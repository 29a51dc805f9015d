package de.mosaik.admin.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings all tenants to the running version's changelog at start (the platform changelog ran before,
 * with the data source). In Kubernetes the migration Job does this before the new version takes
 * traffic, and the chart switches this off. When several instances start at once, one migrates and the
 * others go on without waiting.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "mosaik.migrations.on-start", havingValue = "true", matchIfMissing = true)
class MigrationOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationOnStart.class);

	private final MigrationService migrations;

	MigrationOnStart(MigrationService migrations) {
		this.migrations = migrations;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			migrations.runAll("system:start");
		}
		catch (MigrationService.MigrationAlreadyRunning ex) {
			log.info("Tenant migration at start skipped: another instance is running one");
		}
	}
}

package de.mosaik.web.ops;

import java.util.List;

import de.mosaik.admin.migration.MigrationService;
import de.mosaik.infra.liquibase.PlatformChangelog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}, component {@code migrations}): down while this
 * instance runs a tenant migration, and down when the platform changelog of this version has not run
 * on the database. Tenants that failed to migrate do not make it down: they are the operators' to see
 * on the migrations page, the other councils keep working.
 */
@Component
class MigrationsHealthIndicator implements HealthIndicator {

	private final MigrationService migrations;

	private final PlatformChangelog platformChangelog;

	MigrationsHealthIndicator(MigrationService migrations, PlatformChangelog platformChangelog) {
		this.migrations = migrations;
		this.platformChangelog = platformChangelog;
	}

	@Override
	public Health health() {
		List<String> missing = platformChangelog.missing();
		boolean running = migrations.isRunning();
		Health.Builder health = missing.isEmpty() && !running ? Health.up() : Health.down();
		return health.withDetail("platformChangelog", missing.isEmpty() ? "current" : "missing " + missing)
			.withDetail("tenantMigrationRunning", running)
			.withDetail("tenantTargetVersion", migrations.targetVersion())
			.build();
	}
}

package de.mosaik.web.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release with nothing to apply, with every council of the register (11,045) registered as current:
 * the run must find that by one query instead of asking Liquibase 11,045 times.
 */
class MigrationNoopBenchmark extends IntegrationTest {

	@Autowired
	MigrationService migrations;

	@Autowired
	Tenants tenants;

	@Autowired
	DataSource dataSource;

	@Test
	void aMigrationRunWithAllElevenThousandTenantsCurrent() throws Exception {
		long before = tenants.count();
		registerAllAsCurrent();
		long registered = tenants.count();
		assertThat(registered).isGreaterThanOrEqualTo(11_000);
		List<Double> times = new ArrayList<>();
		MigrationRun last = null;
		for (int i = 0; i < 7; i++) {
			long t0 = System.nanoTime();
			last = migrations.runAll("bench");
			times.add((double) (System.nanoTime() - t0));
		}
		removeRegisteredHere(before);
		assertThat(last.getMigrated()).isZero();
		assertThat(last.getSkipped()).isEqualTo(last.getTotal());
		new Figures("migration-noop", "mvn -B -Pbench verify -Dit.test=MigrationNoopBenchmark")
			.line("| tenants registered | run with nothing to apply (median of runs 2–7) | first run | target |")
			.line("| --- | --- | --- | --- |")
			.line("| " + registered + " | " + Figures.ms(Figures.median(times.subList(1, times.size()))) + " | "
					+ Figures.ms(times.get(0)) + " | < 5 s |")
			.write();
	}

	/** The rows this benchmark added have no schema: they must not stay for the other benchmarks of this JVM. */
	private void removeRegisteredHere(long before) throws Exception {
		try (Connection c = dataSource.getConnection(); java.sql.Statement sql = c.createStatement()) {
			sql.execute("delete from platform.tenant t where schema_name not in (select nspname from pg_namespace) "
					+ "and kind = 'MUNICIPALITY'");
			sql.execute("delete from platform.tenant t where schema_name not in (select nspname from pg_namespace)");
		}
		assertThat(tenants.count()).isEqualTo(before);
	}

	private void registerAllAsCurrent() throws Exception {
		try (Connection c = dataSource.getConnection()) {
			RegisteredTenants.register(c, migrations.targetVersion(), Integer.MAX_VALUE);
		}
	}
}

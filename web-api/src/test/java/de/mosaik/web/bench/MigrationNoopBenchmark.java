package de.mosaik.web.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
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
	OfficialRegister register;

	@Autowired
	Tenants tenants;

	@Autowired
	DataSource dataSource;

	@Test
	void aMigrationRunWithAllElevenThousandTenantsCurrent() throws Exception {
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
		assertThat(last.getMigrated()).isZero();
		assertThat(last.getSkipped()).isEqualTo(last.getTotal());
		new Figures("migration-noop", "mvn -B -Pbench verify -Dit.test=MigrationNoopBenchmark")
			.line("| tenants registered | run with nothing to apply (median of runs 2–7) | first run | target |")
			.line("| --- | --- | --- | --- |")
			.line("| " + registered + " | " + Figures.ms(Figures.median(times.subList(1, times.size()))) + " | "
					+ Figures.ms(times.get(0)) + " | < 5 s |")
			.write();
	}

	/** Registers every council of the register that is not a tenant yet, as ACTIVE at the current version. */
	private void registerAllAsCurrent() throws Exception {
		String version = migrations.targetVersion();
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection c = dataSource.getConnection();
				PreparedStatement insert = c.prepareStatement("""
						insert into platform.tenant (id, ags, name, kind, parent_id, schema_name, status, schema_version,
						  migration_state, created_at, updated_at, version)
						values (?, ?, ?, ?, (select id from platform.tenant p where p.ags = ?), ?, 'ACTIVE', ?, 'CURRENT', ?, ?, 0)
						on conflict (ags) do nothing""")) {
			c.setAutoCommit(false);
			// counties first, so that their members find them
			for (CouncilKind kind : new CouncilKind[] { CouncilKind.COUNTY, CouncilKind.CITY, CouncilKind.MUNICIPALITY }) {
				for (RegisteredCouncil council : register.all()) {
					if (council.kind() != kind) {
						continue;
					}
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, council.ags());
					insert.setString(3, council.name());
					insert.setString(4, council.kind().name());
					insert.setString(5, council.countyAgs());
					insert.setString(6, "t_" + council.ags());
					insert.setString(7, version);
					insert.setTimestamp(8, now);
					insert.setTimestamp(9, now);
					insert.addBatch();
				}
				insert.executeBatch();
				c.commit();
			}
		}
	}
}

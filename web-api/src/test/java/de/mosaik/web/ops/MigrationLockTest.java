package de.mosaik.web.ops;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import de.mosaik.admin.lock.ClusterLock;
import de.mosaik.admin.lock.ClusterLocks;
import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationRuns;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.infra.testing.TestDatabase;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One migration run at a time across all instances: a second run, in this process or another, is
 * refused while the first holds the advisory lock, and the start-time migration then skips. While this
 * instance migrates, its readiness is down.
 */
class MigrationLockTest extends IntegrationTest {

	static final String FLENSBURG = "01001000";

	@Autowired
	Fixtures fixtures;

	@Autowired
	MigrationService migrations;

	@Autowired
	MigrationRuns runs;

	@Autowired
	Tenants tenants;

	@Autowired
	ClusterLocks locks;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Test
	void twoConcurrentRunsOneRunsAndTheOtherIsRefused() throws Exception {
		fixtures.council(FLENSBURG);
		new BrokenTenant(dataSource, FLENSBURG).putBehind();
		CompletableFuture<MigrationRun> first;
		// hold the tenant's Liquibase lock table, so that the first run stops inside its work on Flensburg
		try (Connection blocker = TestDatabase.get().connect(); Statement sql = blocker.createStatement()) {
			blocker.setAutoCommit(false);
			sql.execute("LOCK TABLE t_" + FLENSBURG + ".databasechangeloglock IN ACCESS EXCLUSIVE MODE");
			first = CompletableFuture.supplyAsync(() -> migrations.runAll("test:first"));
			waitUntil(() -> migrations.isRunning(), Duration.ofSeconds(20));
			waitUntil(() -> waitsOnTheLockTable(), Duration.ofSeconds(20));

			// a second run in the same process has a connection of its own: refused like another instance's
			CompletableFuture<MigrationRun> second = CompletableFuture.supplyAsync(() -> migrations.runAll("test:second"));
			assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
				.hasCauseInstanceOf(MigrationService.MigrationAlreadyRunning.class);
			assertThat(migrations.isRunningAnywhere()).isTrue();
			// the advisory lock is visible to everyone, on a connection of its own
			assertThat(count("select count(*) from pg_locks where locktype = 'advisory' and granted"
					+ " and database = (select oid from pg_database where datname = current_database())")).isEqualTo(1);

			// an instance starting now skips its start-time migration instead of failing or waiting
			long runsBefore = runs.count();
			ApplicationRunner onStart = (ApplicationRunner) context.getBean("migrationOnStart");
			onStart.run(new DefaultApplicationArguments());
			assertThat(runs.count()).isEqualTo(runsBefore);

			// this instance is busy migrating: no traffic for it, but alive
			assertThat(Api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(503);
			assertThat(Api.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
			blocker.rollback();
		}
		MigrationRun run = first.get(60, TimeUnit.SECONDS);
		assertThat(run.getTriggeredBy()).isEqualTo("test:first");
		assertThat(run.getMigrated()).isEqualTo(1);
		assertThat(run.getFailed()).isZero();
		assertThat(tenants.findByAgs(FLENSBURG).orElseThrow().getMigrationState()).isEqualTo(MigrationState.CURRENT);
		assertThat(migrations.isRunningAnywhere()).isFalse();
		assertThat(Api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
		// the lock went with its connection
		assertThat(count("select count(*) from pg_locks where locktype = 'advisory'"
				+ " and database = (select oid from pg_database where datname = current_database())")).isZero();
	}

	@Test
	void aRunIsRefusedWhileAnotherInstanceHoldsTheLock() {
		try (ClusterLock otherInstance = locks.tryAcquire(MigrationService.LOCK).orElseThrow()) {
			assertThat(locks.tryAcquire(MigrationService.LOCK)).isEmpty();
			assertThat(migrations.isRunning()).isFalse();
			assertThat(migrations.isRunningAnywhere()).isTrue();
			assertThatThrownBy(() -> migrations.runAll("test")).isInstanceOf(MigrationService.MigrationAlreadyRunning.class);
		}
		assertThat(migrations.isRunningAnywhere()).isFalse();
		assertThat(migrations.runAll("test").getStatus()).isEqualTo(MigrationRun.Status.COMPLETED);
	}

	private boolean waitsOnTheLockTable() {
		try {
			return count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
					+ " and datname = current_database()") > 0;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count(String query) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				var rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within " + timeout);
			}
			Thread.sleep(50);
		}
	}
}

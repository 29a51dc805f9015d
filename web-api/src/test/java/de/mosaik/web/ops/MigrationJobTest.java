package de.mosaik.web.ops;

import java.time.Duration;

import javax.sql.DataSource;

import de.mosaik.admin.lock.ClusterLock;
import de.mosaik.admin.lock.ClusterLocks;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit codes of the migrate mode's job, on the shared application context (the subprocess test
 * starts the real thing): 0 when every tenant is current, 1 when one failed, 2 when another instance
 * held the lock for the whole wait; it waits for a lock that is given back within the wait.
 */
class MigrationJobTest extends IntegrationTest {

	static final String KIEL = "01002000";

	@Autowired
	Fixtures fixtures;

	@Autowired
	MigrationService migrations;

	@Autowired
	Tenants tenants;

	@Autowired
	ClusterLocks locks;

	@Autowired
	DataSource dataSource;

	@Test
	void exitsWithOneWhenATenantFailedAndWithZeroOnceAllAreCurrent() throws Exception {
		fixtures.council(KIEL);
		BrokenTenant kiel = new BrokenTenant(dataSource, KIEL);
		kiel.breakIt();
		try {
			MigrationJob failing = job(Duration.ofSeconds(5));
			failing.run(new DefaultApplicationArguments());
			assertThat(failing.getExitCode()).isEqualTo(MigrationJob.TENANTS_FAILED);
			assertThat(tenants.findByAgs(KIEL).orElseThrow().getMigrationState()).isEqualTo(MigrationState.FAILED);
		}
		finally {
			kiel.mend();
		}
		MigrationJob mended = job(Duration.ofSeconds(5));
		mended.run(new DefaultApplicationArguments());
		assertThat(mended.getExitCode()).isEqualTo(MigrationJob.OK);
		assertThat(tenants.findByAgs(KIEL).orElseThrow().getMigrationState()).isEqualTo(MigrationState.CURRENT);
	}

	@Test
	void exitsWithTwoWhenAnotherInstanceKeepsTheLock() throws Exception {
		MigrationJob job = job(Duration.ofMillis(600));
		long started = System.nanoTime();
		try (ClusterLock otherInstance = locks.tryAcquire(MigrationService.LOCK).orElseThrow()) {
			job.run(new DefaultApplicationArguments());
		}
		assertThat(job.getExitCode()).isEqualTo(MigrationJob.LOCK_NOT_OBTAINED);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void waitsForTheOtherInstanceAndThenMigrates() throws Exception {
		MigrationJob job = job(Duration.ofSeconds(30));
		ClusterLock otherInstance = locks.tryAcquire(MigrationService.LOCK).orElseThrow();
		Thread release = new Thread(() -> {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			otherInstance.close();
		});
		release.start();
		long started = System.nanoTime();
		job.run(new DefaultApplicationArguments());
		release.join();
		assertThat(job.getExitCode()).isEqualTo(MigrationJob.OK);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
	}

	@Test
	void pollsOftenForShortWaitsAndEveryFiveSecondsForLongOnes() {
		assertThat(MigrationJob.pollInterval(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(5));
		assertThat(MigrationJob.pollInterval(Duration.ofSeconds(2))).isEqualTo(Duration.ofMillis(500));
		assertThat(MigrationJob.pollInterval(Duration.ZERO)).isEqualTo(Duration.ofMillis(100));
	}

	private MigrationJob job(Duration lockWait) {
		return new MigrationJob(migrations, lockWait);
	}
}

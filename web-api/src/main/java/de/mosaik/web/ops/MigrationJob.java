package de.mosaik.web.ops;

import java.time.Duration;
import java.time.Instant;

import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The migrate-and-exit mode ({@code MOSAIK_MODE=migrate}): the platform changelog has run with the
 * data source by the time this runs; it migrates all tenants and tells the outcome as exit code.
 * When another instance is migrating, it waits for the lock (up to {@code mosaik.migrations.lock-wait})
 * and then runs itself, so that the new version's tenants are surely current when it exits 0.
 * <ul>
 * <li>{@value #OK}: every tenant is at this version's changelog</li>
 * <li>{@value #TENANTS_FAILED}: at least one tenant failed (marked {@code FAILED}, see the operators'
 * migrations page); also when the application could not start at all</li>
 * <li>{@value #LOCK_NOT_OBTAINED}: another instance held the migration lock for the whole wait</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = Mode.PROPERTY, havingValue = Mode.MIGRATE)
class MigrationJob implements ApplicationRunner, ExitCodeGenerator {

	static final int OK = 0;

	static final int TENANTS_FAILED = 1;

	static final int LOCK_NOT_OBTAINED = 2;

	static final String ACTOR = "system:migration-job";

	private static final Logger log = LoggerFactory.getLogger(MigrationJob.class);

	private final MigrationService migrations;

	private final Duration lockWait;

	private volatile int exitCode = TENANTS_FAILED;

	MigrationJob(MigrationService migrations,
			@Value("${mosaik.migrations.lock-wait:10m}") Duration lockWait) {
		this.migrations = migrations;
		this.lockWait = lockWait;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		Instant deadline = Instant.now().plus(lockWait);
		Duration poll = pollInterval(lockWait);
		while (true) {
			try {
				MigrationRun run = migrations.runAll(ACTOR);
				exitCode = run.getFailed() > 0 ? TENANTS_FAILED : OK;
				log.info("Migration job: target {}, {} tenants, {} migrated, {} failed, {} already current: exit {}",
						run.getTargetVersion(), run.getTotal(), run.getMigrated(), run.getFailed(), run.getSkipped(),
						exitCode);
				return;
			}
			catch (MigrationService.MigrationAlreadyRunning ex) {
				if (!Instant.now().plus(poll).isBefore(deadline)) {
					log.error("Migration job: another instance held the migration lock for {}; exit {}", lockWait,
							LOCK_NOT_OBTAINED);
					exitCode = LOCK_NOT_OBTAINED;
					return;
				}
				log.info("Migration job: another instance is migrating; waiting for it");
				Thread.sleep(poll.toMillis());
			}
		}
	}

	static Duration pollInterval(Duration lockWait) {
		Duration quarter = lockWait.dividedBy(4);
		Duration poll = quarter.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : quarter;
		return poll.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : poll;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}

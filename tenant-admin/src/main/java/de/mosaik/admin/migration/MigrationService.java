package de.mosaik.admin.migration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.lock.ClusterLock;
import de.mosaik.admin.lock.ClusterLocks;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the tenant changelog to every reachable tenant whose recorded schema version is behind.
 * Tenants already current are found by one query and never touch Liquibase. A failing tenant is
 * marked {@code FAILED} and does not stop the others; the next run retries it. One run at a time over
 * all instances: a run holds the cluster lock {@value #LOCK} and a second one is refused.
 */
@Service
public class MigrationService {

	private static final Logger log = LoggerFactory.getLogger(MigrationService.class);

	/** The cluster lock that a run holds. */
	public static final String LOCK = "tenant-migrations";

	private static final Set<TenantStatus> MIGRATED_STATUSES = EnumSet.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED);

	private final Tenants tenants;

	private final TenantSchemas schemas;

	private final MigrationRuns runs;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final ClusterLocks locks;

	/** Runs going on in this process (0 or 1: the cluster lock admits one). */
	private final AtomicInteger running = new AtomicInteger();

	private final Counter tenantsMigrated;

	private final Counter tenantsFailed;

	private final MeterRegistry meters;

	public MigrationService(Tenants tenants, TenantSchemas schemas, MigrationRuns runs, AuditLog audit, TransactionTemplate tx,
			Clock clock, ClusterLocks locks, MeterRegistry meters) {
		this.tenants = tenants;
		this.schemas = schemas;
		this.runs = runs;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
		this.locks = locks;
		this.meters = meters;
		// no tenant tag: 11,000 tenants would be 11,000 series; which tenant failed is in platform.tenant and the log
		this.tenantsMigrated = tenantCounter(meters, "migrated");
		this.tenantsFailed = tenantCounter(meters, "failed");
		Gauge.builder("mosaik.migrations.running", running, AtomicInteger::get)
			.description("Tenant migration runs going on in this instance")
			.register(meters);
		for (String outcome : List.of("completed", "completed_with_errors", "aborted")) {
			runTimer(outcome);
		}
	}

	private static Counter tenantCounter(MeterRegistry meters, String outcome) {
		return Counter.builder("mosaik.migrations.tenants")
			.description("Tenants that a migration run brought to the changelog's version, or failed to")
			.tag("outcome", outcome)
			.register(meters);
	}

	private Timer runTimer(String outcome) {
		return Timer.builder("mosaik.migrations.runs")
			.description("Tenant migration runs over all tenants, by how they ended")
			.tag("outcome", outcome)
			.register(meters);
	}

	public String targetVersion() {
		return schemas.targetVersion();
	}

	/**
	 * Runs the migration of all tenants now; refuses to start a second run while one is going, in this
	 * instance or in any other.
	 * @throws MigrationAlreadyRunning when another run holds the lock
	 */
	public MigrationRun runAll(String actor) {
		ClusterLock lock = locks.tryAcquire(LOCK).orElseThrow(MigrationAlreadyRunning::new);
		running.incrementAndGet();
		Timer.Sample sample = Timer.start(meters);
		String outcome = "aborted";
		try {
			String target = schemas.targetVersion();
			List<Tenant> behind = tenants.findBehind(MIGRATED_STATUSES, target);
			int total = (int) tenants.countByStatusIn(MIGRATED_STATUSES);
			MigrationRun run = tx.execute(s -> runs.save(new MigrationRun(target, total, total - behind.size(), actor, now())));
			int migrated = 0;
			int failed = 0;
			for (Tenant tenant : behind) {
				if (migrate(tenant, target)) {
					migrated++;
				}
				else {
					failed++;
				}
			}
			int migratedCount = migrated;
			int failedCount = failed;
			MigrationRun finished = tx.execute(s -> {
				MigrationRun current = runs.findById(run.getId()).orElseThrow();
				current.finish(migratedCount, failedCount, now());
				if (migratedCount + failedCount > 0) {
					audit.record(actor, "tenants.migrated", null,
							migratedCount + " migrated, " + failedCount + " failed, target " + target);
				}
				return current;
			});
			log.info("Tenant migration to {}: {} migrated, {} failed, {} already current", target, migrated, failed,
					run.getSkipped());
			outcome = finished.getStatus().name().toLowerCase(Locale.ROOT);
			return finished;
		}
		finally {
			sample.stop(runTimer(outcome));
			running.decrementAndGet();
			lock.close();
		}
	}

	/** Whether a run is going on in this instance (another instance's run does not count). */
	public boolean isRunning() {
		return running.get() > 0;
	}

	/** Whether a run is going on in any instance. */
	public boolean isRunningAnywhere() {
		return isRunning() || locks.isHeld(LOCK);
	}

	public List<MigrationRun> recentRuns() {
		return runs.findTop20ByOrderByStartedAtDesc();
	}

	public long countIn(MigrationState state) {
		return tenants.countByMigrationState(state);
	}

	private boolean migrate(Tenant tenant, String target) {
		MDC.put("tenant", tenant.getAgs());
		try {
			String version = schemas.migrate(tenant.key(), tenant.getSchemaVersion());
			tx.executeWithoutResult(s -> tenants.findById(tenant.getId()).orElseThrow().migrated(version, now()));
			tenantsMigrated.increment();
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Migration of tenant {} to {} failed", tenant.getAgs(), target, ex);
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			tx.executeWithoutResult(s -> tenants.findById(tenant.getId()).orElseThrow().failed(message, now()));
			tenantsFailed.increment();
			return false;
		}
		finally {
			MDC.remove("tenant");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	/** A second run was asked for while one is going (here or in another instance). */
	public static class MigrationAlreadyRunning extends RuntimeException {

		public MigrationAlreadyRunning() {
			super("A migration run is already going");
		}
	}
}

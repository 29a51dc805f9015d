package de.mosaik.admin.migration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the tenant changelog to every reachable tenant whose recorded schema version is behind.
 * Tenants already current are found by one query and never touch Liquibase. A failing tenant is
 * marked {@code FAILED} and does not stop the others; the next run retries it.
 */
@Service
public class MigrationService {

	private static final Logger log = LoggerFactory.getLogger(MigrationService.class);

	private static final Set<TenantStatus> MIGRATED_STATUSES = EnumSet.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED);

	private final Tenants tenants;

	private final TenantSchemas schemas;

	private final MigrationRuns runs;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	MigrationService(Tenants tenants, TenantSchemas schemas, MigrationRuns runs, AuditLog audit, TransactionTemplate tx,
			Clock clock) {
		this.tenants = tenants;
		this.schemas = schemas;
		this.runs = runs;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	public String targetVersion() {
		return schemas.targetVersion();
	}

	/** Runs the migration of all tenants now; refuses to start a second run while one is going. */
	public MigrationRun runAll(String actor) {
		if (!running.compareAndSet(false, true)) {
			throw new MigrationAlreadyRunning();
		}
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
			return finished;
		}
		finally {
			running.set(false);
		}
	}

	public boolean isRunning() {
		return running.get();
	}

	public List<MigrationRun> recentRuns() {
		return runs.findTop20ByOrderByStartedAtDesc();
	}

	public long countIn(MigrationState state) {
		return tenants.countByMigrationState(state);
	}

	private boolean migrate(Tenant tenant, String target) {
		try {
			String version = schemas.migrate(tenant.key());
			tx.executeWithoutResult(s -> tenants.findById(tenant.getId()).orElseThrow().migrated(version, now()));
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Migration of tenant {} to {} failed", tenant.getAgs(), target, ex);
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			tx.executeWithoutResult(s -> tenants.findById(tenant.getId()).orElseThrow().failed(message, now()));
			return false;
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	/** A second run was asked for while one is going. */
	public static class MigrationAlreadyRunning extends RuntimeException {

		public MigrationAlreadyRunning() {
			super("A migration run is already going");
		}
	}
}

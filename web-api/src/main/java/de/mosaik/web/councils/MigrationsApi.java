package de.mosaik.web.councils;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.tenant.MigrationState;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platform/migrations")
@Tag(name = "Migrations", description = "Operators: the tenant changelog across all tenants")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class MigrationsApi {

	private static final Logger log = LoggerFactory.getLogger(MigrationsApi.class);

	private final MigrationService migrations;

	private final TaskExecutor executor;

	MigrationsApi(MigrationService migrations, TaskExecutor executor) {
		this.migrations = migrations;
		this.executor = executor;
	}

	/** Where the tenants stand and the latest runs. */
	record Overview(String targetVersion, boolean running, long current, long behind, long failed, long pending,
			List<Run> runs) {
	}

	/** One migration run. */
	record Run(UUID id, String targetVersion, MigrationRun.Status status, int total, int migrated, int skipped,
			int failed, String triggeredBy, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

		static Run of(MigrationRun r) {
			return new Run(r.getId(), r.getTargetVersion(), r.getStatus(), r.getTotal(), r.getMigrated(), r.getSkipped(),
					r.getFailed(), r.getTriggeredBy(), r.getStartedAt(), r.getFinishedAt());
		}
	}

	@GetMapping
	@Operation(summary = "Migration state of all tenants and the latest runs")
	Overview overview() {
		return overview(migrations);
	}

	@PostMapping
	@Operation(summary = "Start a migration run", description = "Tenants already current are skipped; failures are "
			+ "marked per tenant and retried by the next run. 409 while a run is going.")
	ResponseEntity<Overview> run() {
		String actor = CouncilsApi.actor();
		if (migrations.isRunningAnywhere()) {
			throw new MigrationService.MigrationAlreadyRunning();
		}
		executor.execute(() -> {
			try {
				migrations.runAll(actor);
			}
			catch (MigrationService.MigrationAlreadyRunning ex) {
				log.info("Migration run asked for by {} while another instance started one", actor);
			}
		});
		return ResponseEntity.accepted().body(overview(migrations));
	}

	static Overview overview(MigrationService migrations) {
		return new Overview(migrations.targetVersion(), migrations.isRunningAnywhere(), migrations.countIn(MigrationState.CURRENT),
				migrations.countIn(MigrationState.BEHIND), migrations.countIn(MigrationState.FAILED),
				migrations.countIn(MigrationState.PENDING),
				migrations.recentRuns().stream().map(Run::of).toList());
	}
}

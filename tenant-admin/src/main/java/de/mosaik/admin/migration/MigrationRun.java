package de.mosaik.admin.migration;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the tenant changelog over all tenants, with its counts. */
@Entity
@Table(schema = "platform", name = "migration_run")
public class MigrationRun {

	/** Where a run is. */
	public enum Status {
		RUNNING, COMPLETED, COMPLETED_WITH_ERRORS
	}

	@Id
	private UUID id;

	@Column(name = "target_version", nullable = false)
	private String targetVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int migrated;

	@Column(nullable = false)
	private int skipped;

	@Column(nullable = false)
	private int failed;

	@Column(name = "triggered_by", nullable = false)
	private String triggeredBy;

	@Column(name = "started_at", nullable = false)
	private OffsetDateTime startedAt;

	@Column(name = "finished_at")
	private OffsetDateTime finishedAt;

	protected MigrationRun() {
	}

	MigrationRun(String targetVersion, int total, int skipped, String triggeredBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.targetVersion = targetVersion;
		this.status = Status.RUNNING;
		this.total = total;
		this.skipped = skipped;
		this.triggeredBy = triggeredBy;
		this.startedAt = now;
	}

	void finish(int migrated, int failed, OffsetDateTime now) {
		this.migrated = migrated;
		this.failed = failed;
		this.status = failed > 0 ? Status.COMPLETED_WITH_ERRORS : Status.COMPLETED;
		this.finishedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getTargetVersion() {
		return targetVersion;
	}

	public Status getStatus() {
		return status;
	}

	public int getTotal() {
		return total;
	}

	public int getMigrated() {
		return migrated;
	}

	public int getSkipped() {
		return skipped;
	}

	public int getFailed() {
		return failed;
	}

	public String getTriggeredBy() {
		return triggeredBy;
	}

	public OffsetDateTime getStartedAt() {
		return startedAt;
	}

	public OffsetDateTime getFinishedAt() {
		return finishedAt;
	}
}

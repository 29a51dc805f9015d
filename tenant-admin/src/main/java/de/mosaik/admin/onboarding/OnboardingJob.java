package de.mosaik.admin.onboarding;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Onboarding a whole county with its member municipalities, with progress counts. */
@Entity
@Table(schema = "platform", name = "onboarding_job")
public class OnboardingJob {

	/** Where a job is. */
	public enum Status {
		QUEUED, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED
	}

	@Id
	private UUID id;

	@Column(name = "county_ags", nullable = false)
	private String countyAgs;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int done;

	@Column(nullable = false)
	private int failed;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "finished_at")
	private OffsetDateTime finishedAt;

	private String error;

	protected OnboardingJob() {
	}

	OnboardingJob(String countyAgs, int total, String createdBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.countyAgs = countyAgs;
		this.status = Status.QUEUED;
		this.total = total;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getCountyAgs() {
		return countyAgs;
	}

	public Status getStatus() {
		return status;
	}

	public int getTotal() {
		return total;
	}

	public int getDone() {
		return done;
	}

	public int getFailed() {
		return failed;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getFinishedAt() {
		return finishedAt;
	}

	public String getError() {
		return error;
	}

	public boolean isFinished() {
		return finishedAt != null;
	}

	/** Share of councils handled, 0–100, for progress bars. */
	public int percent() {
		return total == 0 ? 100 : (int) Math.floor(100.0 * (done + failed) / total);
	}
}

package de.mosaik.admin.tenant;

import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.core.tenancy.TenantKey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A council that uses Mosaik, with its own schema {@code t_<ags>}. */
@Entity
@Table(schema = "platform", name = "tenant")
public class Tenant {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String ags;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CouncilKind kind;

	@Column(name = "parent_id")
	private UUID parentId;

	@Column(name = "schema_name", nullable = false)
	private String schemaName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TenantStatus status;

	@Column(name = "schema_version")
	private String schemaVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "migration_state", nullable = false)
	private MigrationState migrationState;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "suspension_reason")
	private String suspensionReason;

	@Column(name = "suspended_at")
	private OffsetDateTime suspendedAt;

	@Column(name = "onboarding_job")
	private UUID onboardingJob;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	/** Null until first stored, which tells Spring Data that the entity is new (no select before insert). */
	@Version
	private Long version;

	protected Tenant() {
	}

	public Tenant(RegisteredCouncil council, UUID parentId, UUID onboardingJob, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.ags = council.ags();
		this.name = council.name();
		this.kind = council.kind();
		this.parentId = parentId;
		this.schemaName = key().schemaName();
		this.status = TenantStatus.PROVISIONING;
		this.migrationState = MigrationState.PENDING;
		this.onboardingJob = onboardingJob;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public TenantKey key() {
		return new TenantKey(ags);
	}

	public void provisioned(String schemaVersion, OffsetDateTime now) {
		this.status = TenantStatus.ACTIVE;
		migrated(schemaVersion, now);
	}

	public void migrated(String schemaVersion, OffsetDateTime now) {
		this.schemaVersion = schemaVersion;
		this.migrationState = MigrationState.CURRENT;
		this.lastError = null;
		this.updatedAt = now;
	}

	public void failed(String error, OffsetDateTime now) {
		if (status != TenantStatus.PROVISIONING) {
			this.migrationState = MigrationState.FAILED;
		}
		this.lastError = error;
		this.updatedAt = now;
	}

	/** Read and export stay possible; changes are refused until {@link #resume}. */
	public void suspend(String reason, OffsetDateTime now) {
		if (status != TenantStatus.ACTIVE) {
			throw new IllegalStateException("Only an active council can be suspended, " + ags + " is " + status);
		}
		this.status = TenantStatus.SUSPENDED;
		this.suspensionReason = reason;
		this.suspendedAt = now;
		this.updatedAt = now;
	}

	public void resume(OffsetDateTime now) {
		if (status != TenantStatus.SUSPENDED) {
			throw new IllegalStateException("Only a suspended council can be resumed, " + ags + " is " + status);
		}
		this.status = TenantStatus.ACTIVE;
		this.suspensionReason = null;
		this.suspendedAt = null;
		this.updatedAt = now;
	}

	public String getSuspensionReason() {
		return suspensionReason;
	}

	public OffsetDateTime getSuspendedAt() {
		return suspendedAt;
	}

	public boolean isReachable() {
		return status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED;
	}

	public UUID getId() {
		return id;
	}

	public String getAgs() {
		return ags;
	}

	public String getName() {
		return name;
	}

	public CouncilKind getKind() {
		return kind;
	}

	public UUID getParentId() {
		return parentId;
	}

	public String getSchemaName() {
		return schemaName;
	}

	public TenantStatus getStatus() {
		return status;
	}

	public String getSchemaVersion() {
		return schemaVersion;
	}

	public MigrationState getMigrationState() {
		return migrationState;
	}

	public String getLastError() {
		return lastError;
	}

	public UUID getOnboardingJob() {
		return onboardingJob;
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}

package de.mosaik.admin.offboarding;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One council's way out: the export, the confirmation, the earliest deletion time. */
@Entity
@Table(schema = "platform", name = "offboarding")
public class Offboarding {

	/** Where it is. */
	public enum Status {
		/** Exported; the council reads and exports, changes nothing; waiting for the operator's confirmation. */
		EXPORTED,
		/** Confirmed; deleted once the waiting period is over. */
		CONFIRMED
	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private String ags;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "archive_sha256", nullable = false)
	private String archiveSha256;

	@Column(nullable = false)
	private String manifest;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private OffsetDateTime requestedAt;

	@Column(name = "confirmed_by")
	private String confirmedBy;

	@Column(name = "confirmed_at")
	private OffsetDateTime confirmedAt;

	@Column(name = "delete_after", nullable = false)
	private OffsetDateTime deleteAfter;

	protected Offboarding() {
	}

	Offboarding(String ags, String name, TenantArchives.Archive archive, String requestedBy, OffsetDateTime now,
			OffsetDateTime deleteAfter) {
		this.id = UUID.randomUUID();
		this.ags = ags;
		this.name = name;
		this.status = Status.EXPORTED;
		this.archiveSha256 = archive.sha256();
		this.manifest = archive.manifest();
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.deleteAfter = deleteAfter;
	}

	void confirm(String actor, OffsetDateTime now) {
		this.status = Status.CONFIRMED;
		this.confirmedBy = actor;
		this.confirmedAt = now;
	}

	boolean isDue(OffsetDateTime now) {
		return status == Status.CONFIRMED && !now.isBefore(deleteAfter);
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

	public Status getStatus() {
		return status;
	}

	public String getArchiveSha256() {
		return archiveSha256;
	}

	public String getManifest() {
		return manifest;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public OffsetDateTime getRequestedAt() {
		return requestedAt;
	}

	public String getConfirmedBy() {
		return confirmedBy;
	}

	public OffsetDateTime getConfirmedAt() {
		return confirmedAt;
	}

	public OffsetDateTime getDeleteAfter() {
		return deleteAfter;
	}
}

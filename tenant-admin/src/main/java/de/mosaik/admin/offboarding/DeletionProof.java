package de.mosaik.admin.offboarding;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What was deleted of a council, when and by whom, with the checksums of its export. Kept for good. */
@Entity
@Table(schema = "platform", name = "deletion_proof")
public class DeletionProof {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String ags;

	@Column(nullable = false)
	private String name;

	@Column(name = "deleted_at", nullable = false)
	private OffsetDateTime deletedAt;

	@Column(name = "deleted_by", nullable = false)
	private String deletedBy;

	@Column(nullable = false)
	private String deleted;

	@Column(name = "archive_sha256", nullable = false)
	private String archiveSha256;

	@Column(nullable = false)
	private String manifest;

	protected DeletionProof() {
	}

	DeletionProof(Offboarding offboarding, String deleted, String deletedBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.ags = offboarding.getAgs();
		this.name = offboarding.getName();
		this.deletedAt = now;
		this.deletedBy = deletedBy;
		this.deleted = deleted;
		this.archiveSha256 = offboarding.getArchiveSha256();
		this.manifest = offboarding.getManifest();
	}

	public String getAgs() {
		return ags;
	}

	public String getName() {
		return name;
	}

	public OffsetDateTime getDeletedAt() {
		return deletedAt;
	}

	public String getDeletedBy() {
		return deletedBy;
	}

	public String getDeleted() {
		return deleted;
	}

	public String getArchiveSha256() {
		return archiveSha256;
	}

	public String getManifest() {
		return manifest;
	}
}

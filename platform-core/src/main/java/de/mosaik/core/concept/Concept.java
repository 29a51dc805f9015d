package de.mosaik.core.concept;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version (edition) of the council's integration concept. At most one is adopted at a time;
 * adopting a new one supersedes it.
 */
@Entity
@Table(name = "concept")
public class Concept {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int edition;

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConceptStatus status;

	@Column(name = "resolution_date")
	private LocalDate resolutionDate;

	@Column(name = "resolution_reference")
	private String resolutionReference;

	@Column(name = "superseded_at")
	private OffsetDateTime supersededAt;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Concept() {
	}

	Concept(int edition, ConceptData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.edition = edition;
		this.status = ConceptStatus.DRAFT;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(ConceptData data, OffsetDateTime now) {
		this.title = data.title().strip();
		this.description = Checks.blankToNull(data.description());
		this.updatedAt = now;
	}

	void moveTo(StatusChange change, OffsetDateTime now) {
		this.status = change.status();
		if (change.status() == ConceptStatus.ADOPTED) {
			this.resolutionDate = change.resolutionDate();
			this.resolutionReference = change.resolutionReference().strip();
		}
		this.updatedAt = now;
	}

	void supersede(OffsetDateTime now) {
		this.status = ConceptStatus.SUPERSEDED;
		this.supersededAt = now;
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public int getEdition() {
		return edition;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public ConceptStatus getStatus() {
		return status;
	}

	public LocalDate getResolutionDate() {
		return resolutionDate;
	}

	public String getResolutionReference() {
		return resolutionReference;
	}

	public OffsetDateTime getSupersededAt() {
		return supersededAt;
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

package de.mosaik.core.concept;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A county's framework as published for its member municipalities: a numbered snapshot of the goals of
 * one version of its concept. It stays as published; a change is a new release.
 */
@Entity
@Table(name = "framework_release")
public class FrameworkRelease {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(name = "concept_id", nullable = false, updatable = false)
	private UUID conceptId;

	@Column(name = "concept_title", nullable = false, updatable = false)
	private String conceptTitle;

	@Column(name = "concept_edition", nullable = false, updatable = false)
	private int conceptEdition;

	@Column(updatable = false)
	private String note;

	@Column(name = "published_at", nullable = false, updatable = false)
	private OffsetDateTime publishedAt;

	@Version
	private Long version;

	protected FrameworkRelease() {
	}

	FrameworkRelease(int number, Concept concept, String note, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.conceptId = concept.getId();
		this.conceptTitle = concept.getTitle();
		this.conceptEdition = concept.getEdition();
		this.note = Checks.blankToNull(note);
		this.publishedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public int getNumber() {
		return number;
	}

	public UUID getConceptId() {
		return conceptId;
	}

	public String getConceptTitle() {
		return conceptTitle;
	}

	public int getConceptEdition() {
		return conceptEdition;
	}

	public String getNote() {
		return note;
	}

	public OffsetDateTime getPublishedAt() {
		return publishedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}

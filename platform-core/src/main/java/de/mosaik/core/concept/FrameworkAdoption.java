package de.mosaik.core.concept;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member municipality took over a release of its county's framework into a version of its concept. */
@Entity
@Table(name = "framework_adoption")
public class FrameworkAdoption {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String county;

	@Column(name = "release_id", nullable = false, updatable = false)
	private UUID releaseId;

	@Column(name = "release_number", nullable = false, updatable = false)
	private int releaseNumber;

	@Column(name = "concept_id", nullable = false, updatable = false)
	private UUID conceptId;

	@Column(name = "goals_added", nullable = false, updatable = false)
	private int goalsAdded;

	@Column(name = "goals_present", nullable = false, updatable = false)
	private int goalsPresent;

	@Column(name = "adopted_at", nullable = false, updatable = false)
	private OffsetDateTime adoptedAt;

	@Version
	private Long version;

	protected FrameworkAdoption() {
	}

	FrameworkAdoption(String county, FrameworkReleaseView release, UUID conceptId, int goalsAdded, int goalsPresent,
			OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.county = county;
		this.releaseId = release.id();
		this.releaseNumber = release.number();
		this.conceptId = conceptId;
		this.goalsAdded = goalsAdded;
		this.goalsPresent = goalsPresent;
		this.adoptedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public String getCounty() {
		return county;
	}

	public UUID getReleaseId() {
		return releaseId;
	}

	public int getReleaseNumber() {
		return releaseNumber;
	}

	public UUID getConceptId() {
		return conceptId;
	}

	/** Goals copied by this adoption. */
	public int getGoalsAdded() {
		return goalsAdded;
	}

	/** Goals of the release the concept version already had from an earlier adoption, left as they were. */
	public int getGoalsPresent() {
		return goalsPresent;
	}

	public OffsetDateTime getAdoptedAt() {
		return adoptedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}

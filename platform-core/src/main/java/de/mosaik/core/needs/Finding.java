package de.mosaik.core.needs;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A finding of a needs analysis, in its place in the analysis's list, with the goals and measures of the
 * concept it justifies. Deleting such a goal or measure removes the link (the database does), not the finding.
 */
@Entity
@Table(name = "needs_finding")
public class Finding {

	@Id
	private UUID id;

	@Column(name = "analysis_id", nullable = false, updatable = false)
	private UUID analysisId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String text;

	// a change of the list comes with a change of updatedAt, which bumps the version once
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "needs_finding_goal", joinColumns = @JoinColumn(name = "finding_id"))
	@Column(name = "goal_id")
	private Set<UUID> goalIds = new HashSet<>();

	// a change of the list comes with a change of updatedAt, which bumps the version once
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "needs_finding_massnahme", joinColumns = @JoinColumn(name = "finding_id"))
	@Column(name = "massnahme_id")
	private Set<UUID> measureIds = new HashSet<>();

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Finding() {
	}

	Finding(UUID analysisId, int position, FindingData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.analysisId = analysisId;
		this.createdAt = now;
		this.position = position;
		apply(data, now);
	}

	void apply(FindingData data, OffsetDateTime now) {
		this.text = data.text().strip();
		this.goalIds.clear();
		this.goalIds.addAll(data.goalIdsOrEmpty());
		this.measureIds.clear();
		this.measureIds.addAll(data.measureIdsOrEmpty());
		this.updatedAt = now;
	}

	void moveTo(int position, OffsetDateTime now) {
		this.position = position;
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getAnalysisId() {
		return analysisId;
	}

	/** Where it stands in the analysis's list, from 1. */
	public int getPosition() {
		return position;
	}

	public String getText() {
		return text;
	}

	public Set<UUID> getGoalIds() {
		return Set.copyOf(goalIds);
	}

	public Set<UUID> getMeasureIds() {
		return Set.copyOf(measureIds);
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

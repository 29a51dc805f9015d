package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** A goal (Ziel) of one version of the concept, in one field of action. */
@Entity
@Table(name = "goal")
public class Goal {

	@Id
	private UUID id;

	@Column(name = "concept_id", nullable = false, updatable = false)
	private UUID conceptId;

	@Column(name = "field_of_action_id", nullable = false)
	private UUID fieldOfActionId;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(name = "target_value")
	private BigDecimal targetValue;

	@Column(name = "target_unit")
	private String targetUnit;

	@Column(name = "target_year")
	private Integer targetYear;

	/** The county whose framework the goal was adopted from, with {@link #sourceGoalId}; null for the council's own goals. */
	@Column(name = "source_county", updatable = false)
	private String sourceCounty;

	/** The county's goal this one was adopted from: a plain value, the county's schema is not referenced. */
	@Column(name = "source_goal_id", updatable = false)
	private UUID sourceGoalId;

	/** Codes of the tenant's indicators that measure the goal; read with every goal (a handful each). */
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "goal_indicator", joinColumns = @JoinColumn(name = "goal_id"))
	@Column(name = "indicator_code", nullable = false)
	private Set<String> indicatorCodes = new TreeSet<>();

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Goal() {
	}

	Goal(UUID conceptId, GoalData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.conceptId = conceptId;
		this.createdAt = now;
		apply(data, now);
	}

	/** A goal taken over from the county's framework, remembering which goal of which county it came from. */
	Goal(UUID conceptId, GoalData data, String sourceCounty, UUID sourceGoalId, OffsetDateTime now) {
		this(conceptId, data, now);
		this.sourceCounty = sourceCounty;
		this.sourceGoalId = sourceGoalId;
	}

	void apply(GoalData data, OffsetDateTime now) {
		this.fieldOfActionId = data.fieldOfActionId();
		this.title = data.title().strip();
		this.description = Checks.blankToNull(data.description());
		this.targetValue = data.targetValue();
		this.targetUnit = Checks.blankToNull(data.targetUnit());
		this.targetYear = data.targetYear();
		this.indicatorCodes.clear();
		this.indicatorCodes.addAll(data.indicatorCodes());
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getConceptId() {
		return conceptId;
	}

	public UUID getFieldOfActionId() {
		return fieldOfActionId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public String getTargetUnit() {
		return targetUnit;
	}

	public Integer getTargetYear() {
		return targetYear;
	}

	/** The indicator codes in alphabetical order. */
	public List<String> getIndicatorCodes() {
		return new TreeSet<>(indicatorCodes).stream().toList();
	}

	public String getSourceCounty() {
		return sourceCounty;
	}

	public UUID getSourceGoalId() {
		return sourceGoalId;
	}

	public boolean isAdopted() {
		return sourceGoalId != null;
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

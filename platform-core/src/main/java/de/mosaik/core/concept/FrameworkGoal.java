package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One goal of a published framework, with its field of action as it was when published. */
@Entity
@Table(name = "framework_goal")
public class FrameworkGoal {

	@Id
	private UUID id;

	@Column(name = "release_id", nullable = false, updatable = false)
	private UUID releaseId;

	@Column(name = "source_goal_id", nullable = false, updatable = false)
	private UUID sourceGoalId;

	@Column(name = "field_name", nullable = false, updatable = false)
	private String fieldName;

	@Column(name = "field_description", updatable = false)
	private String fieldDescription;

	@Column(name = "field_position", nullable = false, updatable = false)
	private int fieldPosition;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(updatable = false)
	private String description;

	@Column(name = "target_value", updatable = false)
	private BigDecimal targetValue;

	@Column(name = "target_unit", updatable = false)
	private String targetUnit;

	@Column(name = "target_year", updatable = false)
	private Integer targetYear;

	protected FrameworkGoal() {
	}

	FrameworkGoal(UUID releaseId, Goal goal, FieldOfAction field) {
		this.id = UUID.randomUUID();
		this.releaseId = releaseId;
		this.sourceGoalId = goal.getId();
		this.fieldName = field.getName();
		this.fieldDescription = field.getDescription();
		this.fieldPosition = field.getPosition();
		this.title = goal.getTitle();
		this.description = goal.getDescription();
		this.targetValue = goal.getTargetValue();
		this.targetUnit = goal.getTargetUnit();
		this.targetYear = goal.getTargetYear();
	}

	public FrameworkGoalView view() {
		return new FrameworkGoalView(id, sourceGoalId, fieldName, fieldDescription, fieldPosition, title, description,
				targetValue, targetUnit, targetYear);
	}

	public UUID getReleaseId() {
		return releaseId;
	}
}

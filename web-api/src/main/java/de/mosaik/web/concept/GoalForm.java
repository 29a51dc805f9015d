package de.mosaik.web.concept;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.GoalData;

/** The goal form as entered; checked as {@link GoalData}. */
class GoalForm {

	private UUID fieldOfActionId;

	private String title;

	private String description;

	private BigDecimal targetValue;

	private String targetUnit;

	private Integer targetYear;

	private List<String> indicatorCodes = new ArrayList<>();

	private Long version;

	static GoalForm of(Goal g) {
		GoalForm form = new GoalForm();
		form.fieldOfActionId = g.getFieldOfActionId();
		form.title = g.getTitle();
		form.description = g.getDescription();
		form.targetValue = g.getTargetValue();
		form.targetUnit = g.getTargetUnit();
		form.targetYear = g.getTargetYear();
		form.indicatorCodes = new ArrayList<>(g.getIndicatorCodes());
		form.version = g.getVersion();
		return form;
	}

	GoalData data() {
		return new GoalData(fieldOfActionId, title == null ? "" : title, description, targetValue, targetUnit,
				targetYear, indicatorCodes);
	}

	public UUID getFieldOfActionId() {
		return fieldOfActionId;
	}

	public void setFieldOfActionId(UUID fieldOfActionId) {
		this.fieldOfActionId = fieldOfActionId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public String getTargetUnit() {
		return targetUnit;
	}

	public void setTargetUnit(String targetUnit) {
		this.targetUnit = targetUnit;
	}

	public Integer getTargetYear() {
		return targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

	public List<String> getIndicatorCodes() {
		return indicatorCodes;
	}

	public void setIndicatorCodes(List<String> indicatorCodes) {
		this.indicatorCodes = indicatorCodes == null ? new ArrayList<>() : indicatorCodes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

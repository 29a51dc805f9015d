package de.mosaik.web.needs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.needs.Finding;
import de.mosaik.core.needs.FindingData;

/** A finding as entered, with the goals and measures chosen; checked as {@link FindingData}. */
class FindingForm {

	private String text;

	private Integer position;

	private List<UUID> goalIds = new ArrayList<>();

	private List<UUID> measureIds = new ArrayList<>();

	private Long version;

	static FindingForm of(Finding f) {
		FindingForm form = new FindingForm();
		form.text = f.getText();
		form.position = f.getPosition();
		form.goalIds = new ArrayList<>(f.getGoalIds());
		form.measureIds = new ArrayList<>(f.getMeasureIds());
		form.version = f.getVersion();
		return form;
	}

	FindingData data() {
		return new FindingData(text == null ? "" : text, new LinkedHashSet<>(goalIds == null ? List.of() : goalIds),
				new LinkedHashSet<>(measureIds == null ? List.of() : measureIds), position);
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public List<UUID> getGoalIds() {
		return goalIds;
	}

	public void setGoalIds(List<UUID> goalIds) {
		this.goalIds = goalIds;
	}

	public List<UUID> getMeasureIds() {
		return measureIds;
	}

	public void setMeasureIds(List<UUID> measureIds) {
		this.measureIds = measureIds;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

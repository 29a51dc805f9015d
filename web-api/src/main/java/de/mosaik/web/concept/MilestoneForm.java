package de.mosaik.web.concept;

import java.time.LocalDate;

import de.mosaik.core.concept.MilestoneData;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that adds a milestone to a measure; checked as {@link MilestoneData}. */
class MilestoneForm {

	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	MilestoneData data() {
		return new MilestoneData(title == null ? "" : title, dueDate, false);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}
}

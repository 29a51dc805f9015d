package de.mosaik.web.meeting;

import de.mosaik.core.meeting.AgendaItem;
import de.mosaik.core.meeting.AgendaItemData;

/** The agenda item form, with the item's minutes; checked as {@link AgendaItemData}. */
class AgendaItemForm {

	private String title;

	private String description;

	private String minutes;

	private Long version;

	static AgendaItemForm of(AgendaItem a) {
		AgendaItemForm form = new AgendaItemForm();
		form.title = a.getTitle();
		form.description = a.getDescription();
		form.minutes = a.getMinutes();
		form.version = a.getVersion();
		return form;
	}

	AgendaItemData data() {
		return new AgendaItemData(title == null ? "" : title, description, minutes);
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

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

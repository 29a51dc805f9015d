package de.mosaik.web.concept;

import de.mosaik.core.concept.FieldOfAction;
import de.mosaik.core.concept.FieldOfActionData;

/** The field-of-action form as entered; checked as {@link FieldOfActionData}. */
class FieldOfActionForm {

	private String name;

	private String description;

	private Integer position;

	private Long version;

	static FieldOfActionForm of(FieldOfAction f) {
		FieldOfActionForm form = new FieldOfActionForm();
		form.name = f.getName();
		form.description = f.getDescription();
		form.position = f.getPosition();
		form.version = f.getVersion();
		return form;
	}

	FieldOfActionData data() {
		return new FieldOfActionData(name == null ? "" : name, description, position);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

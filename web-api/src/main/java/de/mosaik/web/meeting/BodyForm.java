package de.mosaik.web.meeting;

import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyData;
import de.mosaik.core.meeting.BodyKind;

/** The body form as entered; checked as {@link BodyData}. */
class BodyForm {

	private String name;

	private BodyKind kind;

	private String description;

	private Long version;

	static BodyForm of(Body b) {
		BodyForm form = new BodyForm();
		form.name = b.getName();
		form.kind = b.getKind();
		form.description = b.getDescription();
		form.version = b.getVersion();
		return form;
	}

	BodyData data() {
		return new BodyData(name == null ? "" : name, kind, description);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public BodyKind getKind() {
		return kind;
	}

	public void setKind(BodyKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

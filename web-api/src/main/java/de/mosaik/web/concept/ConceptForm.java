package de.mosaik.web.concept;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptData;

/** The concept form as entered; checked as {@link ConceptData}. */
class ConceptForm {

	private String title;

	private String description;

	private Long version;

	static ConceptForm of(Concept c) {
		ConceptForm form = new ConceptForm();
		form.title = c.getTitle();
		form.description = c.getDescription();
		form.version = c.getVersion();
		return form;
	}

	ConceptData data() {
		return new ConceptData(title == null ? "" : title, description);
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

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

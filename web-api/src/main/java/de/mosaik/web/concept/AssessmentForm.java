package de.mosaik.web.concept;

import de.mosaik.core.concept.Massnahme;

/** The assessment of a measure as entered, with the measure's version. */
class AssessmentForm {

	private String assessment;

	private Long version;

	static AssessmentForm of(Massnahme m) {
		AssessmentForm form = new AssessmentForm();
		form.assessment = m.getAssessment();
		form.version = m.getVersion();
		return form;
	}

	public String getAssessment() {
		return assessment;
	}

	public void setAssessment(String assessment) {
		this.assessment = assessment;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

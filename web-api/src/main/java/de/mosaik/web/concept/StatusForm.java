package de.mosaik.web.concept;

import java.time.LocalDate;

import de.mosaik.core.concept.ConceptStatus;
import de.mosaik.core.concept.StatusChange;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that moves a concept on; checked as {@link StatusChange}. */
class StatusForm {

	private ConceptStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate resolutionDate;

	private String resolutionReference;

	private Long version;

	StatusChange data() {
		return new StatusChange(status, resolutionDate, resolutionReference);
	}

	public ConceptStatus getStatus() {
		return status;
	}

	public void setStatus(ConceptStatus status) {
		this.status = status;
	}

	public LocalDate getResolutionDate() {
		return resolutionDate;
	}

	public void setResolutionDate(LocalDate resolutionDate) {
		this.resolutionDate = resolutionDate;
	}

	public String getResolutionReference() {
		return resolutionReference;
	}

	public void setResolutionReference(String resolutionReference) {
		this.resolutionReference = resolutionReference;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

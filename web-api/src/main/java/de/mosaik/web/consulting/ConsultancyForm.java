package de.mosaik.web.consulting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import de.mosaik.core.consulting.Consultancy;
import de.mosaik.core.consulting.ConsultancyData;

import org.springframework.format.annotation.DateTimeFormat;

/** The consultancy form as entered; checked as {@link ConsultancyData}. */
class ConsultancyForm {

	private String organisation;

	private String organisationNote;

	private String contractReference;

	private String scope;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodTo;

	private BigDecimal budgetPlanned;

	private BigDecimal budgetSpent;

	private UUID conceptId;

	private Long version;

	static ConsultancyForm of(Consultancy c) {
		ConsultancyForm form = new ConsultancyForm();
		form.organisation = c.getOrganisation();
		form.organisationNote = c.getOrganisationNote();
		form.contractReference = c.getContractReference();
		form.scope = c.getScope();
		form.periodFrom = c.getPeriodFrom();
		form.periodTo = c.getPeriodTo();
		form.budgetPlanned = c.getBudgetPlanned();
		form.budgetSpent = c.getBudgetSpent();
		form.conceptId = c.getConceptId();
		form.version = c.getVersion();
		return form;
	}

	ConsultancyData data() {
		return new ConsultancyData(organisation == null ? "" : organisation, organisationNote, contractReference,
				scope == null ? "" : scope, periodFrom, periodTo, budgetPlanned, budgetSpent, conceptId);
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getOrganisationNote() {
		return organisationNote;
	}

	public void setOrganisationNote(String organisationNote) {
		this.organisationNote = organisationNote;
	}

	public String getContractReference() {
		return contractReference;
	}

	public void setContractReference(String contractReference) {
		this.contractReference = contractReference;
	}

	public String getScope() {
		return scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(LocalDate periodFrom) {
		this.periodFrom = periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(LocalDate periodTo) {
		this.periodTo = periodTo;
	}

	public BigDecimal getBudgetPlanned() {
		return budgetPlanned;
	}

	public void setBudgetPlanned(BigDecimal budgetPlanned) {
		this.budgetPlanned = budgetPlanned;
	}

	public BigDecimal getBudgetSpent() {
		return budgetSpent;
	}

	public void setBudgetSpent(BigDecimal budgetSpent) {
		this.budgetSpent = budgetSpent;
	}

	public UUID getConceptId() {
		return conceptId;
	}

	public void setConceptId(UUID conceptId) {
		this.conceptId = conceptId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

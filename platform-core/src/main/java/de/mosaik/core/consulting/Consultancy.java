package de.mosaik.core.consulting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An external consultant's contract for the concept (Beratungsauftrag). */
@Entity
@Table(name = "consultancy")
public class Consultancy {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String organisation;

	@Column(name = "organisation_note")
	private String organisationNote;

	@Column(name = "contract_reference")
	private String contractReference;

	@Column(nullable = false)
	private String scope;

	@Column(name = "period_from", nullable = false)
	private LocalDate periodFrom;

	@Column(name = "period_to", nullable = false)
	private LocalDate periodTo;

	@Column(name = "budget_planned")
	private BigDecimal budgetPlanned;

	@Column(name = "budget_spent")
	private BigDecimal budgetSpent;

	/** A version of the concept ({@code concept} feature); cleared when that version is deleted. */
	@Column(name = "concept_id")
	private UUID conceptId;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Consultancy() {
	}

	Consultancy(ConsultancyData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		apply(data, now);
	}

	void apply(ConsultancyData data, OffsetDateTime now) {
		this.organisation = data.organisation().strip();
		this.organisationNote = blankToNull(data.organisationNote());
		this.contractReference = blankToNull(data.contractReference());
		this.scope = data.scope().strip();
		this.periodFrom = data.periodFrom();
		this.periodTo = data.periodTo();
		this.budgetPlanned = data.budgetPlanned();
		this.budgetSpent = data.budgetSpent();
		this.conceptId = data.conceptId();
		this.updatedAt = now;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public UUID getId() {
		return id;
	}

	public String getOrganisation() {
		return organisation;
	}

	public String getOrganisationNote() {
		return organisationNote;
	}

	public String getContractReference() {
		return contractReference;
	}

	public String getScope() {
		return scope;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public BigDecimal getBudgetPlanned() {
		return budgetPlanned;
	}

	public BigDecimal getBudgetSpent() {
		return budgetSpent;
	}

	public UUID getConceptId() {
		return conceptId;
	}

	public OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version == null ? 0 : version;
	}
}

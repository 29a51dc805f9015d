package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** A measure (Maßnahme) that serves a goal: who is responsible, when, with what money, how far it got. */
@Entity
@Table(name = "massnahme")
public class Massnahme {

	@Id
	private UUID id;

	@Column(name = "goal_id", nullable = false, updatable = false)
	private UUID goalId;

	@Column(nullable = false)
	private String title;

	private String description;

	/** A department of the tenant ({@code department} feature); cleared when the department is deleted. */
	@Column(name = "responsible_department_id")
	private UUID responsibleDepartmentId;

	/** Partners that are not in the council's network, as free text. */
	private String partners;

	/** An organisation of the council's own network; cleared when the organisation is deleted. */
	@Column(name = "responsible_organisation_id")
	private UUID responsibleOrganisationId;

	/** Participating organisations of the council's own network; a deleted organisation drops out. */
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "massnahme_partner", joinColumns = @JoinColumn(name = "massnahme_id"))
	@Column(name = "organisation_id", nullable = false)
	private Set<UUID> partnerOrganisationIds = new HashSet<>();

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "budget_planned")
	private BigDecimal budgetPlanned;

	@Column(name = "budget_spent")
	private BigDecimal budgetSpent;

	@Column(name = "funding_source")
	private String fundingSource;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MassnahmeStatus status;

	/** The short assessment of the evaluation (Bewertung); changed apart from the other fields. */
	private String assessment;

	/** Description and assessment stay inside the council: never in the status report, never shared. */
	@Column(nullable = false)
	private boolean internal;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	protected Massnahme() {
	}

	Massnahme(UUID goalId, MassnahmeData data, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.goalId = goalId;
		this.createdAt = now;
		apply(data, now);
	}

	void apply(MassnahmeData data, OffsetDateTime now) {
		this.title = data.title().strip();
		this.description = Checks.blankToNull(data.description());
		this.responsibleDepartmentId = data.responsibleDepartmentId();
		this.partners = Checks.blankToNull(data.partners());
		this.responsibleOrganisationId = data.responsibleOrganisationId();
		this.partnerOrganisationIds.clear();
		this.partnerOrganisationIds.addAll(data.partnerOrganisationIds());
		this.startDate = data.startDate();
		this.endDate = data.endDate();
		this.budgetPlanned = data.budgetPlanned();
		this.budgetSpent = data.budgetSpent();
		this.fundingSource = Checks.blankToNull(data.fundingSource());
		this.status = data.status();
		this.internal = Boolean.TRUE.equals(data.internal());
		this.updatedAt = now;
	}

	void assess(String assessment, OffsetDateTime now) {
		this.assessment = Checks.blankToNull(assessment);
		this.updatedAt = now;
	}

	public String getAssessment() {
		return assessment;
	}

	public boolean isInternal() {
		return internal;
	}

	public UUID getId() {
		return id;
	}

	public UUID getGoalId() {
		return goalId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public UUID getResponsibleDepartmentId() {
		return responsibleDepartmentId;
	}

	public String getPartners() {
		return partners;
	}

	public UUID getResponsibleOrganisationId() {
		return responsibleOrganisationId;
	}

	public List<UUID> getPartnerOrganisationIds() {
		return partnerOrganisationIds.stream().sorted().toList();
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public BigDecimal getBudgetPlanned() {
		return budgetPlanned;
	}

	public BigDecimal getBudgetSpent() {
		return budgetSpent;
	}

	public String getFundingSource() {
		return fundingSource;
	}

	public MassnahmeStatus getStatus() {
		return status;
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

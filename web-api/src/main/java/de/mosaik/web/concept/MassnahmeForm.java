package de.mosaik.web.concept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeData;
import de.mosaik.core.concept.MassnahmeStatus;

import org.springframework.format.annotation.DateTimeFormat;

/** The measure form as entered; checked as {@link MassnahmeData}. */
class MassnahmeForm {

	private String title;

	private String description;

	private UUID responsibleDepartmentId;

	private String partners;

	private UUID responsibleOrganisationId;

	private List<UUID> partnerOrganisationIds = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private BigDecimal budgetPlanned;

	private BigDecimal budgetSpent;

	private String fundingSource;

	private MassnahmeStatus status = MassnahmeStatus.PLANNED;

	private boolean internal;

	private Long version;

	static MassnahmeForm of(Massnahme m) {
		MassnahmeForm form = new MassnahmeForm();
		form.title = m.getTitle();
		form.description = m.getDescription();
		form.responsibleDepartmentId = m.getResponsibleDepartmentId();
		form.partners = m.getPartners();
		form.responsibleOrganisationId = m.getResponsibleOrganisationId();
		form.partnerOrganisationIds = new ArrayList<>(m.getPartnerOrganisationIds());
		form.startDate = m.getStartDate();
		form.endDate = m.getEndDate();
		form.budgetPlanned = m.getBudgetPlanned();
		form.budgetSpent = m.getBudgetSpent();
		form.fundingSource = m.getFundingSource();
		form.status = m.getStatus();
		form.internal = m.isInternal();
		form.version = m.getVersion();
		return form;
	}

	MassnahmeData data() {
		return new MassnahmeData(title == null ? "" : title, description, responsibleDepartmentId, partners, startDate,
				endDate, budgetPlanned, budgetSpent, fundingSource, status, internal, responsibleOrganisationId,
				partnerOrganisationIds);
	}

	public UUID getResponsibleOrganisationId() {
		return responsibleOrganisationId;
	}

	public void setResponsibleOrganisationId(UUID responsibleOrganisationId) {
		this.responsibleOrganisationId = responsibleOrganisationId;
	}

	public List<UUID> getPartnerOrganisationIds() {
		return partnerOrganisationIds;
	}

	public void setPartnerOrganisationIds(List<UUID> partnerOrganisationIds) {
		this.partnerOrganisationIds = partnerOrganisationIds == null ? new ArrayList<>() : partnerOrganisationIds;
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

	public UUID getResponsibleDepartmentId() {
		return responsibleDepartmentId;
	}

	public void setResponsibleDepartmentId(UUID responsibleDepartmentId) {
		this.responsibleDepartmentId = responsibleDepartmentId;
	}

	public String getPartners() {
		return partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
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

	public String getFundingSource() {
		return fundingSource;
	}

	public void setFundingSource(String fundingSource) {
		this.fundingSource = fundingSource;
	}

	public MassnahmeStatus getStatus() {
		return status;
	}

	public void setStatus(MassnahmeStatus status) {
		this.status = status;
	}

	public boolean isInternal() {
		return internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an officer enters for a measure. Budgets are in EUR. {@code partners} is free text until the
 * partner network (its own issue) lets a measure name partner organisations from the directory.
 * {@code responsibleOrganisationId} and {@code partnerOrganisationIds} name organisations of the council's
 * own partner network; {@code partners} stays for partners not in it.
 * {@code internal} keeps description and assessment inside the council (not given: not internal).
 */
public record MassnahmeData(
		@NotBlank(message = "{massnahme.title.required}") @Size(max = 200, message = "{massnahme.title.size}") String title,
		@Size(max = 4000, message = "{massnahme.description.size}") String description,
		UUID responsibleDepartmentId,
		@Size(max = 2000, message = "{massnahme.partners.size}") String partners,
		LocalDate startDate,
		LocalDate endDate,
		@DecimalMin(value = "0", message = "{massnahme.budget.negative}") @Digits(integer = 12, fraction = 2, message = "{massnahme.budget.digits}") BigDecimal budgetPlanned,
		@DecimalMin(value = "0", message = "{massnahme.budget.negative}") @Digits(integer = 12, fraction = 2, message = "{massnahme.budget.digits}") BigDecimal budgetSpent,
		@Size(max = 200, message = "{massnahme.fundingSource.size}") String fundingSource,
		@NotNull(message = "{massnahme.status.required}") MassnahmeStatus status,
		Boolean internal,
		UUID responsibleOrganisationId,
		@Size(max = 50, message = "{massnahme.partnerOrganisationIds.size}") List<@NotNull(message = "{massnahme.partnerOrganisationIds.blank}") UUID> partnerOrganisationIds) {

	/** Each organisation once; none when not given. */
	public MassnahmeData {
		partnerOrganisationIds = partnerOrganisationIds == null ? List.of()
				: partnerOrganisationIds.stream().distinct().toList();
	}

	/** A measure without organisations of the network. */
	public MassnahmeData(String title, String description, UUID responsibleDepartmentId, String partners,
			LocalDate startDate, LocalDate endDate, BigDecimal budgetPlanned, BigDecimal budgetSpent,
			String fundingSource, MassnahmeStatus status, Boolean internal) {
		this(title, description, responsibleDepartmentId, partners, startDate, endDate, budgetPlanned, budgetSpent,
				fundingSource, status, internal, null, List.of());
	}

	/** A measure whose texts are not internal. */
	public MassnahmeData(String title, String description, UUID responsibleDepartmentId, String partners,
			LocalDate startDate, LocalDate endDate, BigDecimal budgetPlanned, BigDecimal budgetSpent,
			String fundingSource, MassnahmeStatus status) {
		this(title, description, responsibleDepartmentId, partners, startDate, endDate, budgetPlanned, budgetSpent,
				fundingSource, status, false);
	}
}

package de.mosaik.core.consulting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultancy as entered. The organisation is a name with an optional note until the partner network
 * (its own issue) lets it be chosen from the directory. Budgets in EUR.
 */
public record ConsultancyData(
		@NotBlank(message = "{consultancy.organisation.required}") @Size(max = 200, message = "{consultancy.organisation.size}") String organisation,
		@Size(max = 2000, message = "{consultancy.organisationNote.size}") String organisationNote,
		@Size(max = 100, message = "{consultancy.contractReference.size}") String contractReference,
		@NotBlank(message = "{consultancy.scope.required}") @Size(max = 4000, message = "{consultancy.scope.size}") String scope,
		@NotNull(message = "{consultancy.periodFrom.required}") LocalDate periodFrom,
		@NotNull(message = "{consultancy.periodTo.required}") LocalDate periodTo,
		@DecimalMin(value = "0", message = "{consultancy.budget.negative}") @Digits(integer = 12, fraction = 2, message = "{consultancy.budget.digits}") BigDecimal budgetPlanned,
		@DecimalMin(value = "0", message = "{consultancy.budget.negative}") @Digits(integer = 12, fraction = 2, message = "{consultancy.budget.digits}") BigDecimal budgetSpent,
		UUID conceptId) {
}

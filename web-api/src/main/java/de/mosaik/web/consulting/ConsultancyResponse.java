package de.mosaik.web.consulting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import de.mosaik.core.consulting.Consultancy;

/** A consultancy as the API shows it; budgets in EUR. */
record ConsultancyResponse(UUID id, String organisation, String organisationNote, String contractReference,
		String scope, LocalDate periodFrom, LocalDate periodTo, BigDecimal budgetPlanned, BigDecimal budgetSpent,
		String currency, UUID conceptId, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

	static ConsultancyResponse of(Consultancy c) {
		return new ConsultancyResponse(c.getId(), c.getOrganisation(), c.getOrganisationNote(),
				c.getContractReference(), c.getScope(), c.getPeriodFrom(), c.getPeriodTo(), c.getBudgetPlanned(),
				c.getBudgetSpent(), "EUR", c.getConceptId(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
	}
}

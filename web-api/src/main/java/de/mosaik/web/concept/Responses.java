package de.mosaik.web.concept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptStatus;
import de.mosaik.core.concept.EvaluationValue;
import de.mosaik.core.concept.FieldOfAction;
import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeStatus;
import de.mosaik.core.concept.Milestone;

/** The concept's records as the API shows them. */
final class Responses {

	private Responses() {
	}

	record FieldOfActionResponse(UUID id, String name, String description, int position, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long version) {

		static FieldOfActionResponse of(FieldOfAction f) {
			return new FieldOfActionResponse(f.getId(), f.getName(), f.getDescription(), f.getPosition(),
					f.getCreatedAt(), f.getUpdatedAt(), f.getVersion());
		}
	}

	record ConceptResponse(UUID id, int edition, String title, String description, ConceptStatus status,
			LocalDate resolutionDate, String resolutionReference, OffsetDateTime supersededAt, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long version) {

		static ConceptResponse of(Concept c) {
			return new ConceptResponse(c.getId(), c.getEdition(), c.getTitle(), c.getDescription(), c.getStatus(),
					c.getResolutionDate(), c.getResolutionReference(), c.getSupersededAt(), c.getCreatedAt(),
					c.getUpdatedAt(), c.getVersion());
		}
	}

	/** {@code sourceCounty} and {@code sourceGoalId}: where a goal adopted from the county's framework came from. */
	record GoalResponse(UUID id, UUID conceptId, UUID fieldOfActionId, String title, String description,
			BigDecimal targetValue, String targetUnit, Integer targetYear, List<String> indicatorCodes,
			String sourceCounty, UUID sourceGoalId, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static GoalResponse of(Goal g) {
			return new GoalResponse(g.getId(), g.getConceptId(), g.getFieldOfActionId(), g.getTitle(),
					g.getDescription(), g.getTargetValue(), g.getTargetUnit(), g.getTargetYear(), g.getIndicatorCodes(),
					g.getSourceCounty(),
					g.getSourceGoalId(), g.getCreatedAt(), g.getUpdatedAt(), g.getVersion());
		}
	}

	/** Budgets in EUR. */
	record MassnahmeResponse(UUID id, UUID goalId, String title, String description, UUID responsibleDepartmentId,
			String partners, UUID responsibleOrganisationId, List<UUID> partnerOrganisationIds, LocalDate startDate, LocalDate endDate, BigDecimal budgetPlanned, BigDecimal budgetSpent,
			String currency, String fundingSource, MassnahmeStatus status, String assessment, boolean internal,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static MassnahmeResponse of(Massnahme m) {
			return new MassnahmeResponse(m.getId(), m.getGoalId(), m.getTitle(), m.getDescription(),
					m.getResponsibleDepartmentId(), m.getPartners(), m.getResponsibleOrganisationId(),
					m.getPartnerOrganisationIds(), m.getStartDate(), m.getEndDate(),
					m.getBudgetPlanned(), m.getBudgetSpent(), "EUR", m.getFundingSource(), m.getStatus(),
					m.getAssessment(), m.isInternal(), m.getCreatedAt(), m.getUpdatedAt(), m.getVersion());
		}
	}

	record EvaluationValueResponse(UUID id, UUID measureId, String period, BigDecimal target, BigDecimal actual,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static EvaluationValueResponse of(EvaluationValue v) {
			return new EvaluationValueResponse(v.getId(), v.getMassnahmeId(), v.getPeriod(), v.getTarget(),
					v.getActual(), v.getCreatedAt(), v.getUpdatedAt(), v.getVersion());
		}
	}

	record MilestoneResponse(UUID id, UUID measureId, String title, LocalDate dueDate, boolean done,
			OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

		static MilestoneResponse of(Milestone m) {
			return new MilestoneResponse(m.getId(), m.getMassnahmeId(), m.getTitle(), m.getDueDate(), m.isDone(),
					m.getCreatedAt(), m.getUpdatedAt(), m.getVersion());
		}
	}
}

package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.DecisionsInPeriod.Decision;

/**
 * The status report (Sachstandsbericht) of a version of the concept for the mayor and the council: its
 * fields of action and goals, the measures that ran in the period with status, budget and the course of
 * their target and actual values, and the decisions taken in the period. Texts a council marked internal
 * are not in it.
 */
public record StatusReport(ReportPeriod period, ConceptInfo concept, Figures total, List<FieldSection> fields,
		DecisionsSection decisions, OffsetDateTime generatedAt) {

	/** The version of the concept reported on. */
	public record ConceptInfo(UUID id, int edition, String title, ConceptStatus status, LocalDate resolutionDate,
			String resolutionReference) {
	}

	public record FieldSection(String name, Figures figures, List<GoalSection> goals) {
	}

	/**
	 * @param sourceCounty the county whose framework the goal comes from, null for the council's own
	 * @param indicators the indicators that measure the goal, with their latest values for the council's area
	 */
	public record GoalSection(UUID id, String title, BigDecimal targetValue, String targetUnit, Integer targetYear,
			String sourceCounty, List<IndicatorReading> indicators, Figures figures, List<MeasureLine> measures) {
	}

	/**
	 * @param assessment the evaluation's assessment, null when none or when the measure's texts are internal
	 * @param responsibleOrganisation the responsible organisation of the council's network, null when none
	 * @param partnerOrganisations the participating organisations of the network, by name
	 */
	public record MeasureLine(UUID id, String title, MassnahmeStatus status, LocalDate startDate, LocalDate endDate,
			BigDecimal budgetPlanned, BigDecimal budgetSpent, String assessment, List<ValuePoint> values, Trend trend,
			String responsibleOrganisation, List<String> partnerOrganisations) {
	}

	/** Target and actual of one evaluation period within the report's period. */
	public record ValuePoint(String period, BigDecimal target, BigDecimal actual) {
	}

	/** How the actual values went: the last one against the one before. */
	public enum Trend {
		RISING, FALLING, STEADY, UNKNOWN
	}

	/** @param recorded whether any feature records decisions; without one the report says so instead of listing none */
	public record DecisionsSection(boolean recorded, List<Decision> decisions) {
	}
}

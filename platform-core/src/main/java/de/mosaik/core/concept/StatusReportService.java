package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.mosaik.core.concept.StatusReport.ConceptInfo;
import de.mosaik.core.concept.StatusReport.DecisionsSection;
import de.mosaik.core.concept.StatusReport.FieldSection;
import de.mosaik.core.concept.StatusReport.GoalSection;
import de.mosaik.core.concept.StatusReport.MeasureLine;
import de.mosaik.core.concept.StatusReport.Trend;
import de.mosaik.core.concept.StatusReport.ValuePoint;
import de.mosaik.core.shared.DecisionsInPeriod;
import de.mosaik.core.shared.DecisionsInPeriod.Decision;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a concept's status report together from its data: every goal of the version by field of action,
 * the measures that ran in the period (started by its end, not ended before its start), their budgets
 * summed per goal, field and in total, the target and actual values of evaluation periods that touch the
 * period, and the decisions of every source of decisions.
 */
@Service
public class StatusReportService {

	private final Concepts concepts;

	private final Goals goals;

	private final FieldsOfAction fields;

	private final Massnahmen massnahmen;

	private final EvaluationValues values;

	private final ObjectProvider<DecisionsInPeriod> decisionSources;

	private final GoalIndicators indicators;

	private final NetworkOrganisations organisations;

	private final Clock clock;

	StatusReportService(Concepts concepts, Goals goals, FieldsOfAction fields, Massnahmen massnahmen,
			EvaluationValues values, ObjectProvider<DecisionsInPeriod> decisionSources, GoalIndicators indicators,
			NetworkOrganisations organisations, Clock clock) {
		this.indicators = indicators;
		this.organisations = organisations;
		this.concepts = concepts;
		this.goals = goals;
		this.fields = fields;
		this.massnahmen = massnahmen;
		this.values = values;
		this.decisionSources = decisionSources;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StatusReport of(UUID conceptId, ReportPeriod period) {
		Concept concept = concepts.findById(conceptId).orElseThrow(() -> new NotFoundException("concept", conceptId));
		List<Goal> all = goals.findByConceptIdOrderByTitleAscIdAsc(conceptId);
		Map<UUID, List<Massnahme>> byGoal = new HashMap<>();
		if (!all.isEmpty()) {
			massnahmen.findByGoalIdInOrderByTitleAscIdAsc(all.stream().map(Goal::getId).toList())
				.stream()
				.filter(m -> period.overlaps(m.getStartDate(), m.getEndDate()))
				.forEach(m -> byGoal.computeIfAbsent(m.getGoalId(), k -> new ArrayList<>()).add(m));
		}
		Map<UUID, List<ValuePoint>> points = points(byGoal, period);
		Map<String, IndicatorReading> readings = indicators
			.readings(all.stream().flatMap(g -> g.getIndicatorCodes().stream()).distinct().toList());
		Map<UUID, String> names = organisations.names(byGoal.values().stream().flatMap(List::stream)
			.flatMap(m -> Stream.concat(m.getPartnerOrganisationIds().stream(),
					Stream.ofNullable(m.getResponsibleOrganisationId())))
			.collect(Collectors.toSet()));
		List<FieldSection> sections = new ArrayList<>();
		Figures total = Figures.none();
		for (FieldOfAction field : fields.findAll(Sort.by("position", "name", "id"))) {
			List<GoalSection> inField = all.stream()
				.filter(g -> g.getFieldOfActionId().equals(field.getId()))
				.map(g -> goal(g, byGoal.getOrDefault(g.getId(), List.of()), points, readings, names))
				.toList();
			if (inField.isEmpty()) {
				continue;
			}
			Figures sum = inField.stream().map(GoalSection::figures).reduce(Figures.none(), Figures::plus);
			sections.add(new FieldSection(field.getName(), sum, inField));
			total = total.plus(sum);
		}
		return new StatusReport(period, info(concept), total, sections, decisions(period), OffsetDateTime.now(clock));
	}

	private static ConceptInfo info(Concept c) {
		return new ConceptInfo(c.getId(), c.getEdition(), c.getTitle(), c.getStatus(), c.getResolutionDate(),
				c.getResolutionReference());
	}

	private static GoalSection goal(Goal g, List<Massnahme> measures, Map<UUID, List<ValuePoint>> points,
			Map<String, IndicatorReading> readings, Map<UUID, String> names) {
		Figures figures = Figures.none();
		List<MeasureLine> lines = new ArrayList<>();
		for (Massnahme m : measures) {
			figures = figures.plus(new StatusSums(g.getId(), m.getStatus(), 1L, orZero(m.getBudgetPlanned()),
					orZero(m.getBudgetSpent())));
			List<ValuePoint> course = points.getOrDefault(m.getId(), List.of());
			lines.add(new MeasureLine(m.getId(), m.getTitle(), m.getStatus(), m.getStartDate(), m.getEndDate(),
					m.getBudgetPlanned(), m.getBudgetSpent(), m.isInternal() ? null : m.getAssessment(), course,
					trend(course), m.getResponsibleOrganisationId() == null ? null : names.get(m.getResponsibleOrganisationId()),
					m.getPartnerOrganisationIds().stream().map(names::get).filter(n -> n != null)
						.sorted(String.CASE_INSENSITIVE_ORDER).toList()));
		}
		List<IndicatorReading> measuredBy = g.getIndicatorCodes().stream().map(readings::get).filter(r -> r != null)
			.toList();
		return new GoalSection(g.getId(), g.getTitle(), g.getTargetValue(), g.getTargetUnit(), g.getTargetYear(),
				g.getSourceCounty(), measuredBy, figures, lines);
	}

	/** Per measure, its values of the evaluation periods that touch the report's period, in time order. */
	private Map<UUID, List<ValuePoint>> points(Map<UUID, List<Massnahme>> byGoal, ReportPeriod period) {
		List<UUID> ids = byGoal.values().stream().flatMap(List::stream).map(Massnahme::getId).toList();
		Map<UUID, List<ValuePoint>> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		values.findByMassnahmeIdIn(ids)
			.stream()
			.filter(v -> {
				LocalDate[] range = EvaluationPeriods.range(v.getPeriod());
				return period.overlaps(range[0], range[1]);
			})
			.sorted(Comparator.<EvaluationValue, LocalDate>comparing(v -> EvaluationPeriods.range(v.getPeriod())[0])
				.thenComparing(v -> EvaluationPeriods.range(v.getPeriod())[1]))
			.forEach(v -> result.computeIfAbsent(v.getMassnahmeId(), k -> new ArrayList<>())
				.add(new ValuePoint(v.getPeriod(), v.getTarget(), v.getActual())));
		return result;
	}

	static Trend trend(List<ValuePoint> course) {
		List<BigDecimal> actuals = course.stream().map(ValuePoint::actual).filter(a -> a != null).toList();
		if (actuals.size() < 2) {
			return Trend.UNKNOWN;
		}
		int c = actuals.get(actuals.size() - 1).compareTo(actuals.get(actuals.size() - 2));
		return c > 0 ? Trend.RISING : c < 0 ? Trend.FALLING : Trend.STEADY;
	}

	private DecisionsSection decisions(ReportPeriod period) {
		List<DecisionsInPeriod> sources = decisionSources.orderedStream().toList();
		List<Decision> decisions = sources.stream()
			.flatMap(s -> s.between(period.from(), period.to()).stream())
			.sorted(Comparator.comparing(Decision::date).thenComparing(Decision::subject))
			.toList();
		return new DecisionsSection(!sources.isEmpty(), decisions);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}

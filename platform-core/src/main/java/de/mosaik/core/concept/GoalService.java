package de.mosaik.core.concept;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goals of a concept, each in one of the tenant's fields of action. */
@Service
public class GoalService {

	private final Goals goals;

	private final Concepts concepts;

	private final FieldsOfAction fields;

	private final Massnahmen massnahmen;

	private final GoalIndicators indicators;

	private final Clock clock;

	GoalService(Goals goals, Concepts concepts, FieldsOfAction fields, Massnahmen massnahmen,
			GoalIndicators indicators, Clock clock) {
		this.goals = goals;
		this.indicators = indicators;
		this.concepts = concepts;
		this.fields = fields;
		this.massnahmen = massnahmen;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Goal> list(UUID conceptId, UUID fieldOfActionId, String search, Pageable pageable) {
		requireConcept(conceptId);
		return goals.find(conceptId, fieldOfActionId, Checks.contains(search), pageable);
	}

	/** All goals of a concept by title, for its overview. */
	@Transactional(readOnly = true)
	public List<Goal> ofConcept(UUID conceptId) {
		requireConcept(conceptId);
		return goals.findByConceptIdOrderByTitleAscIdAsc(conceptId);
	}

	@Transactional(readOnly = true)
	public Goal get(UUID id) {
		return goals.findById(id).orElseThrow(() -> new NotFoundException("goal", id));
	}

	@Transactional
	public Goal create(UUID conceptId, GoalData data) {
		requireConcept(conceptId);
		requireField(data);
		return goals.save(new Goal(conceptId, withCatalogueCodes(data), OffsetDateTime.now(clock)));
	}

	@Transactional
	public Goal update(UUID id, long expectedVersion, GoalData data) {
		Goal goal = get(id);
		Checks.version(goal.getVersion(), expectedVersion, "goal", id);
		requireField(data);
		goal.apply(withCatalogueCodes(data), OffsetDateTime.now(clock));
		return goals.saveAndFlush(goal);
	}

	/** A goal with measures stays: their work would lose its purpose. */
	@Transactional
	public void delete(UUID id, long expectedVersion) {
		Goal goal = get(id);
		Checks.version(goal.getVersion(), expectedVersion, "goal", id);
		if (massnahmen.existsByGoalId(id)) {
			throw new InUseException("goal", id, "goal.delete.hasMeasures");
		}
		goals.delete(goal);
	}

	/** The tenant's indicator catalogue, for choosing the indicators of a goal. */
	@Transactional(readOnly = true)
	public List<IndicatorChoice> indicatorChoices() {
		return indicators.catalogue();
	}

	/** The goal's indicators with their latest values for the council's own area and their trend. */
	@Transactional(readOnly = true)
	public List<IndicatorReading> readings(Goal goal) {
		return List.copyOf(indicators.readings(goal.getIndicatorCodes()).values());
	}

	/** Every code must be in the tenant's catalogue; stored as the catalogue spells it. */
	private GoalData withCatalogueCodes(GoalData data) {
		Map<String, String> known = indicators.known(data.indicatorCodes());
		List<String> codes = data.indicatorCodes().stream().map(c -> known.get(c.toLowerCase())).toList();
		if (codes.contains(null)) {
			throw new InvalidInputException("indicatorCodes", "goal.indicatorCodes.unknown");
		}
		return new GoalData(data.fieldOfActionId(), data.title(), data.description(), data.targetValue(),
				data.targetUnit(), data.targetYear(), codes);
	}

	private void requireConcept(UUID conceptId) {
		if (!concepts.existsById(conceptId)) {
			throw new NotFoundException("concept", conceptId);
		}
	}

	private void requireField(GoalData data) {
		if (!fields.existsById(data.fieldOfActionId())) {
			throw new InvalidInputException("fieldOfActionId", "goal.fieldOfActionId.unknown");
		}
	}
}

package de.mosaik.core.concept;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.shared.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts a concept's measures by status and sums their budgets, per goal and per field of action. */
@Service
public class RollupService {

	private final Concepts concepts;

	private final Goals goals;

	private final FieldsOfAction fields;

	private final Massnahmen massnahmen;

	RollupService(Concepts concepts, Goals goals, FieldsOfAction fields, Massnahmen massnahmen) {
		this.concepts = concepts;
		this.goals = goals;
		this.fields = fields;
		this.massnahmen = massnahmen;
	}

	@Transactional(readOnly = true)
	public Rollup ofConcept(UUID conceptId) {
		if (!concepts.existsById(conceptId)) {
			throw new NotFoundException("concept", conceptId);
		}
		List<Goal> all = goals.findByConceptIdOrderByTitleAscIdAsc(conceptId);
		Map<UUID, Figures> byGoal = figures(all);
		List<Rollup.FieldRollup> result = new ArrayList<>();
		Figures total = Figures.none();
		for (FieldOfAction field : fields.findAll(Sort.by("position", "name", "id"))) {
			List<Rollup.GoalRollup> inField = all.stream()
				.filter(g -> g.getFieldOfActionId().equals(field.getId()))
				.map(g -> new Rollup.GoalRollup(g.getId(), g.getTitle(), byGoal.get(g.getId())))
				.toList();
			if (inField.isEmpty()) {
				continue;
			}
			Figures sum = inField.stream().map(Rollup.GoalRollup::figures).reduce(Figures.none(), Figures::plus);
			result.add(new Rollup.FieldRollup(field.getId(), field.getName(), sum, inField));
			total = total.plus(sum);
		}
		return new Rollup(conceptId, total, result);
	}

	@Transactional(readOnly = true)
	public Figures ofGoal(UUID goalId) {
		Goal goal = goals.findById(goalId).orElseThrow(() -> new NotFoundException("goal", goalId));
		return figures(List.of(goal)).get(goalId);
	}

	private Map<UUID, Figures> figures(List<Goal> of) {
		Map<UUID, Figures> byGoal = new HashMap<>();
		of.forEach(g -> byGoal.put(g.getId(), Figures.none()));
		if (!of.isEmpty()) {
			massnahmen.sums(byGoal.keySet()).forEach(s -> byGoal.merge(s.goalId(), Figures.none().plus(s), Figures::plus));
		}
		return byGoal;
	}
}

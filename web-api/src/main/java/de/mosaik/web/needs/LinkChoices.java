package de.mosaik.web.needs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The goals and measures a finding can justify, by version of the concept (newest first) and goal, for
 * the finding form's choices and for naming the links on the analysis's page.
 */
@Component
class LinkChoices {

	/** The goals of one version of the concept, each with its measures. */
	record ConceptGoals(String concept, List<GoalMeasures> goals) {
	}

	record GoalMeasures(UUID id, String title, List<Option> measures) {
	}

	record Option(UUID id, String title) {
	}

	/** All choices and the names of every goal and measure by id. */
	record Choices(List<ConceptGoals> concepts, Map<UUID, String> goalTitles, Map<UUID, String> measureTitles) {
	}

	private final ConceptService concepts;

	private final GoalService goals;

	private final MassnahmeService measures;

	LinkChoices(ConceptService concepts, GoalService goals, MassnahmeService measures) {
		this.concepts = concepts;
		this.goals = goals;
		this.measures = measures;
	}

	Choices all() {
		List<ConceptGoals> result = new ArrayList<>();
		Map<UUID, String> goalTitles = new HashMap<>();
		Map<UUID, String> measureTitles = new HashMap<>();
		for (Concept c : concepts.list(null, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "edition")))) {
			List<GoalMeasures> inConcept = new ArrayList<>();
			for (Goal g : goals.ofConcept(c.getId())) {
				List<Option> options = measures
					.list(g.getId(), null, null, PageRequest.of(0, 200, Sort.by("title", "id")))
					.map((Massnahme m) -> new Option(m.getId(), m.getTitle()))
					.getContent();
				options.forEach(o -> measureTitles.put(o.id(), o.title()));
				goalTitles.put(g.getId(), g.getTitle());
				inConcept.add(new GoalMeasures(g.getId(), g.getTitle(), options));
			}
			if (!inConcept.isEmpty()) {
				result.add(new ConceptGoals(c.getTitle(), inConcept));
			}
		}
		return new Choices(result, goalTitles, measureTitles);
	}
}

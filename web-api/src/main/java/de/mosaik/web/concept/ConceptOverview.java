package de.mosaik.web.concept;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.mosaik.core.concept.FieldOfAction;
import de.mosaik.core.concept.Goal;

import org.springframework.stereotype.Component;

/** The overview of a concept: its goals grouped by field of action, in the fields' order. */
@Component
class ConceptOverview {

	/** One field of action with the concept's goals in it. */
	record Section(FieldOfAction field, List<Goal> goals) {
	}

	List<Section> sections(List<Goal> goals, List<FieldOfAction> fields) {
		Map<UUID, List<Goal>> byField = goals.stream().collect(Collectors.groupingBy(Goal::getFieldOfActionId));
		return fields.stream()
			.filter(f -> byField.containsKey(f.getId()))
			.map(f -> new Section(f, byField.get(f.getId())))
			.toList();
	}
}

package de.mosaik.web.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.mosaik.core.concept.FrameworkGoalView;

/** The goals of a release grouped by their field of action, in the county's order. */
record Fields(String name, String description, int position, List<FrameworkGoalView> goals) {

	static List<Fields> of(List<FrameworkGoalView> goals) {
		Map<String, List<FrameworkGoalView>> byName = new LinkedHashMap<>();
		goals.forEach(g -> byName.computeIfAbsent(g.fieldName(), k -> new ArrayList<>()).add(g));
		return byName.values()
			.stream()
			.map(list -> new Fields(list.get(0).fieldName(), list.get(0).fieldDescription(), list.get(0).fieldPosition(),
					list))
			.toList();
	}
}

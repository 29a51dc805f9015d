package de.mosaik.core.concept;

import java.util.List;
import java.util.UUID;

/**
 * One member municipality as its county sees it in the framework: whether it adopted, and what came of
 * the county's goals there. Counts and status only.
 *
 * @param adoption the latest adoption, null if the member has not adopted the framework
 * @param goals per goal of the county that the member took over
 */
public record MemberProgress(String ags, MemberAdoption adoption, List<GoalProgress> goals) {

	public boolean adopted() {
		return adoption != null;
	}

	/** The member's totals over all goals taken over. */
	public GoalProgress total() {
		return goals.stream().reduce(new GoalProgress(null, 0, 0, 0, 0, 0), GoalProgress::plus);
	}

	/** The figures of one goal of the county, zero where the member has none. */
	public GoalProgress of(UUID sourceGoalId) {
		return goals.stream()
			.filter(g -> g.sourceGoalId().equals(sourceGoalId))
			.findFirst()
			.orElse(new GoalProgress(sourceGoalId, 0, 0, 0, 0, 0));
	}
}

package de.mosaik.core.concept;

import java.util.UUID;

/**
 * What a member made of one goal of the county's framework: how many goals it took over from it (in the
 * concept version it adopted into) and their measures by status. Counts only.
 */
public record GoalProgress(UUID sourceGoalId, long goals, long planned, long running, long done, long stopped) {

	public long measures() {
		return planned + running + done + stopped;
	}

	GoalProgress plus(GoalProgress other) {
		return new GoalProgress(sourceGoalId, goals + other.goals, planned + other.planned, running + other.running,
				done + other.done, stopped + other.stopped);
	}
}

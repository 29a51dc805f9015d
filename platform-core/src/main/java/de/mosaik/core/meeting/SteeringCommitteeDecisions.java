package de.mosaik.core.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import de.mosaik.core.shared.DecisionsInPeriod;

import org.springframework.stereotype.Component;

/** The steering committee's decisions for the concept's status report, from the minutes of its meetings. */
@Component
class SteeringCommitteeDecisions implements DecisionsInPeriod {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final OutcomeService outcomes;

	SteeringCommitteeDecisions(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	public List<Decision> between(LocalDate from, LocalDate to) {
		return outcomes.decisions(from, to, BodyKind.STEERING_COMMITTEE)
			.stream()
			.map(d -> new Decision(d.meetingStartsAt().atZoneSameInstant(BERLIN).toLocalDate(), d.bodyName(),
					d.text() + concerns(d), d.meetingTitle() + ", TOP " + d.agendaItemTitle()))
			.toList();
	}

	private static String concerns(de.mosaik.core.meeting.Decision decision) {
		if (decision.goalTitle() != null) {
			return " (Ziel: " + decision.goalTitle() + ")";
		}
		if (decision.measureTitle() != null) {
			return " (Maßnahme: " + decision.measureTitle() + ")";
		}
		return "";
	}
}

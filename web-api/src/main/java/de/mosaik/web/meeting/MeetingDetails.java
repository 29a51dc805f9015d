package de.mosaik.web.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.meeting.AgendaItem;
import de.mosaik.core.meeting.AgendaService;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MemberService;
import de.mosaik.core.meeting.OutcomeKind;
import de.mosaik.core.meeting.Outcome;
import de.mosaik.core.meeting.OutcomeService;
import de.mosaik.core.meeting.Presence;
import de.mosaik.core.task.TaskService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a meeting's page: the meeting and its body, the agenda with the minutes and outcomes per
 * item, the attendance, and the forms on it; goals and measures to link are those of the adopted
 * concept, else of the newest version.
 */
@Component
class MeetingDetails {

	/** The goals of the concept with their measures, for the outcome form. */
	record GoalChoice(Goal goal, List<Massnahme> measures) {
	}

	private final BodyService bodies;

	private final MemberService members;

	private final AgendaService agenda;

	private final OutcomeService outcomes;

	private final MeetingLinks links;

	private final ConceptService concepts;

	private final GoalService goals;

	private final MassnahmeService measures;

	private final TaskService tasks;

	MeetingDetails(BodyService bodies, MemberService members, AgendaService agenda, OutcomeService outcomes,
			MeetingLinks links, ConceptService concepts, GoalService goals, MassnahmeService measures,
			TaskService tasks) {
		this.bodies = bodies;
		this.members = members;
		this.agenda = agenda;
		this.outcomes = outcomes;
		this.links = links;
		this.concepts = concepts;
		this.goals = goals;
		this.measures = measures;
		this.tasks = tasks;
	}

	String show(String tenant, Meeting meeting, boolean canEdit, Model model) {
		List<AgendaItem> items = agenda.list(meeting.getId());
		List<Outcome> recorded = outcomes.ofItems(items.stream().map(AgendaItem::getId).toList());
		Map<UUID, List<Outcome>> byItem = new LinkedHashMap<>();
		items.forEach(i -> byItem.put(i.getId(), new ArrayList<>()));
		recorded.forEach(o -> byItem.get(o.getAgendaItemId()).add(o));
		model.addAttribute("tenant", tenant);
		model.addAttribute("meeting", meeting);
		model.addAttribute("body", bodies.get(meeting.getBodyId()));
		model.addAttribute("items", items);
		model.addAttribute("outcomes", byItem);
		model.addAttribute("links", links.of(recorded));
		model.addAttribute("members", members.all(meeting.getBodyId()));
		model.addAttribute("attendance", meeting.getAttendance());
		model.addAttribute("presences", Presence.values());
		model.addAttribute("kinds", OutcomeKind.values());
		model.addAttribute("choices", choices());
		model.addAttribute("today", tasks.today());
		model.addAttribute("canEdit", canEdit);
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new AgendaItemForm());
		}
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", new OutcomeForm());
		}
		return "meeting/meeting";
	}

	/** Goals and measures an outcome may name: of the adopted concept, else of the newest version. */
	List<GoalChoice> choices() {
		Optional<Concept> concept = concepts.adopted().or(() -> concepts
			.list(null, PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "edition")))
			.stream()
			.findFirst());
		if (concept.isEmpty()) {
			return List.of();
		}
		return goals.ofConcept(concept.get().getId())
			.stream()
			.map(g -> new GoalChoice(g, measures.list(g.getId(), null, null, PageRequest.of(0, 200, Sort.by("title", "id")))
				.getContent()))
			.collect(Collectors.toList());
	}
}

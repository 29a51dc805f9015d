package de.mosaik.web.concept;

import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.EvaluationService;
import de.mosaik.core.concept.Goal;
import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.Massnahme;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.concept.MilestoneService;
import de.mosaik.core.department.DepartmentService;
import de.mosaik.core.needs.FindingService;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.task.TaskFilter;
import de.mosaik.core.task.TaskService;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of a measure's page: the measure, where it belongs, who is responsible, its milestones, tasks and evaluation; the forms on it. */
@Component
class MassnahmeDetails {

	private final GoalService goals;

	private final ConceptService concepts;

	private final DepartmentService departments;

	private final MilestoneService milestones;

	private final TaskService tasks;

	private final EvaluationService evaluation;

	private final FindingService findings;

	private final MassnahmeService massnahmen;

	MassnahmeDetails(GoalService goals, ConceptService concepts, DepartmentService departments,
			MilestoneService milestones, TaskService tasks, EvaluationService evaluation, FindingService findings,
			MassnahmeService massnahmen) {
		this.massnahmen = massnahmen;
		this.findings = findings;
		this.tasks = tasks;
		this.evaluation = evaluation;
		this.goals = goals;
		this.concepts = concepts;
		this.departments = departments;
		this.milestones = milestones;
	}

	String show(String tenant, Massnahme m, boolean canEdit, Model model) {
		Goal goal = goals.get(m.getGoalId());
		model.addAttribute("tenant", tenant);
		model.addAttribute("measure", m);
		model.addAttribute("goal", goal);
		model.addAttribute("concept", concepts.get(goal.getConceptId()));
		model.addAttribute("department", department(m));
		model.addAttribute("networkPartners", massnahmen.partners(m));
		model.addAttribute("milestones", milestones.list(m.getId()));
		model.addAttribute("tasks", tasks.list(new TaskFilter(null, m.getId(), null, null, null),
				PageRequest.of(0, 100, Sort.by(Sort.Order.asc("done"), Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id")))));
		model.addAttribute("today", tasks.today());
		model.addAttribute("values", evaluation.values(m.getId()));
		model.addAttribute("justifications", findings.justifyingMeasure(m.getId()));
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", new MilestoneForm());
		}
		if (!model.containsAttribute("valueForm")) {
			model.addAttribute("valueForm", new EvaluationValueForm());
		}
		if (!model.containsAttribute("assessmentForm")) {
			model.addAttribute("assessmentForm", AssessmentForm.of(m));
		}
		model.addAttribute("canEdit", canEdit);
		return "concept/measure";
	}

	private String department(Massnahme m) {
		if (m.getResponsibleDepartmentId() == null) {
			return null;
		}
		try {
			return departments.get(m.getResponsibleDepartmentId()).getName();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}
}

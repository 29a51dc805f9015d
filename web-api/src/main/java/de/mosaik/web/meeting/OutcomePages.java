package de.mosaik.web.meeting;

import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.meeting.AgendaService;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.meeting.Outcome;
import de.mosaik.core.meeting.OutcomeService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An outcome of the minutes: its text and what it concerns are changed here, or it is removed after
 * asking. Outcomes are recorded on the meeting's page; a task outcome's task is changed in the task list.
 */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(MeetingPages.WRITERS)
class OutcomePages {

	private final OutcomeService outcomes;

	private final AgendaService agenda;

	private final MeetingService meetings;

	private final MeetingDetails details;

	private final SmartValidator validator;

	private final MeetingPages support;

	OutcomePages(OutcomeService outcomes, AgendaService agenda, MeetingService meetings, MeetingDetails details,
			SmartValidator validator, MeetingPages support) {
		this.outcomes = outcomes;
		this.agenda = agenda;
		this.meetings = meetings;
		this.details = details;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/outcomes/{id}/edit")
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		Outcome outcome = outcomes.get(id);
		return form(tenant, outcome, OutcomeForm.of(outcome), model);
	}

	@PostMapping("/outcomes/{id}/edit")
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") OutcomeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Outcome outcome = outcomes.get(id);
		form.setKind(outcome.getKind());
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				outcomes.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.outcome.updated"));
				return "redirect:/app/" + tenant + "/meetings/" + meetingOf(outcome) + "#item-" + outcome.getAgendaItemId();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, outcome, form, model);
	}

	@GetMapping("/outcomes/{id}/delete")
	String confirmDeleteOutcome(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirmOutcome(tenant, outcomes.get(id), null, model, locale);
	}

	@PostMapping("/outcomes/{id}/delete")
	String deleteOutcome(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Outcome outcome = outcomes.get(id);
		UUID meetingId = meetingOf(outcome);
		try {
			outcomes.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirmOutcome(tenant, outcome, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.outcome.deleted"));
		return "redirect:/app/" + tenant + "/meetings/" + meetingId + "#item-" + outcome.getAgendaItemId();
	}

	private String confirmOutcome(String tenant, Outcome outcome, String problem, Model model, Locale locale) {
		UUID meetingId = meetingOf(outcome);
		return MeetingPages.confirmDelete(model, tenant, support.text(locale, "ui.outcome.delete"),
				support.text(locale, "ui.outcome.deleteQuestion", outcome.getText()),
				"/app/" + tenant + "/outcomes/" + outcome.getId() + "/delete", "/app/" + tenant + "/meetings/" + meetingId,
				outcome.getVersion(), problem);
	}

	private UUID meetingOf(Outcome outcome) {
		return agenda.get(outcome.getAgendaItemId()).getMeetingId();
	}

	private String form(String tenant, Outcome outcome, OutcomeForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("outcome", outcome);
		model.addAttribute("item", agenda.get(outcome.getAgendaItemId()));
		model.addAttribute("meeting", meetings.get(meetingOf(outcome)));
		model.addAttribute("form", form);
		model.addAttribute("choices", details.choices());
		return "meeting/outcome-form";
	}
}

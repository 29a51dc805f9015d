package de.mosaik.web.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.meeting.AgendaItem;
import de.mosaik.core.meeting.AgendaService;
import de.mosaik.core.meeting.AttendanceData;
import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.meeting.Member;
import de.mosaik.core.meeting.MemberService;
import de.mosaik.core.meeting.Outcome;
import de.mosaik.core.meeting.OutcomeKind;
import de.mosaik.core.meeting.OutcomeService;
import de.mosaik.core.meeting.Presence;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

/** What is done on a meeting's page: the agenda in order, its minutes, the attendance, the outcomes. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(MeetingPages.WRITERS)
class AgendaPages {

	private final MeetingService meetings;

	private final AgendaService agenda;

	private final OutcomeService outcomes;

	private final MemberService members;

	private final MeetingDetails details;

	private final SmartValidator validator;

	private final MeetingPages support;

	AgendaPages(MeetingService meetings, AgendaService agenda, OutcomeService outcomes, MemberService members,
			MeetingDetails details, SmartValidator validator, MeetingPages support) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.outcomes = outcomes;
		this.members = members;
		this.details = details;
		this.validator = validator;
		this.support = support;
	}

	@PostMapping("/meetings/{id}/agenda-items")
	String addItem(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("itemForm") AgendaItemForm form,
			BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect,
			Locale locale) {
		Meeting meeting = meetings.get(id);
		validator.validate(form.data(), errors);
		if (errors.hasErrors()) {
			return details.show(tenant, meeting, true, model);
		}
		AgendaItem added = agenda.add(id, form.data());
		redirect.addFlashAttribute("flash", support.text(locale, "ui.agenda.added", added.getTitle()));
		return "redirect:/app/" + tenant + "/meetings/" + id + "#agenda";
	}

	@PostMapping("/agenda-items/{id}/move")
	String move(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version,
			@RequestParam String direction, RedirectAttributes redirect, Locale locale) {
		AgendaItem item = agenda.get(id);
		try {
			agenda.move(id, version, "up".equals(direction));
			redirect.addFlashAttribute("flash", support.text(locale, "ui.agenda.moved"));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", support.text(locale, "ui.concept.stale"));
		}
		return "redirect:/app/" + tenant + "/meetings/" + item.getMeetingId() + "#agenda";
	}

	@GetMapping("/agenda-items/{id}/edit")
	String editItem(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		AgendaItem item = agenda.get(id);
		return itemForm(tenant, item, AgendaItemForm.of(item), model);
	}

	@PostMapping("/agenda-items/{id}/edit")
	String updateItem(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") AgendaItemForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		AgendaItem item = agenda.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				AgendaItem updated = agenda.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.agenda.updated", updated.getTitle()));
				return "redirect:/app/" + tenant + "/meetings/" + item.getMeetingId() + "#item-" + id;
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return itemForm(tenant, item, form, model);
	}

	@GetMapping("/agenda-items/{id}/delete")
	String confirmDeleteItem(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirmItem(tenant, agenda.get(id), null, model, locale);
	}

	@PostMapping("/agenda-items/{id}/delete")
	String deleteItem(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		AgendaItem item = agenda.get(id);
		try {
			agenda.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirmItem(tenant, item, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.agenda.deleted", item.getTitle()));
		return "redirect:/app/" + tenant + "/meetings/" + item.getMeetingId() + "#agenda";
	}

	/** One radio group per member ({@code presence-<member id>}); members left out are not recorded. */
	@PostMapping("/meetings/{id}/attendance")
	String attendance(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version,
			@RequestParam Map<String, String> params, RedirectAttributes redirect, Locale locale) {
		Meeting meeting = meetings.get(id);
		List<AttendanceData.Entry> entries = new ArrayList<>();
		for (Member member : members.all(meeting.getBodyId())) {
			String presence = params.get("presence-" + member.getId());
			if (presence != null && !presence.isBlank()) {
				presence(presence).ifPresent(p -> entries.add(new AttendanceData.Entry(member.getId(), p)));
			}
		}
		int guests;
		try {
			guests = Integer.parseInt(params.getOrDefault("guests", "0").strip());
		}
		catch (NumberFormatException ex) {
			guests = -1;
		}
		if (guests < 0 || guests > 9999) {
			redirect.addFlashAttribute("attendanceError", support.text(locale, "attendance.guests.range"));
			return "redirect:/app/" + tenant + "/meetings/" + id + "#attendance";
		}
		try {
			meetings.recordAttendance(id, version, new AttendanceData(guests, entries));
			redirect.addFlashAttribute("flash", support.text(locale, "ui.attendance.saved"));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("attendanceError", support.text(locale, "ui.concept.stale"));
		}
		return "redirect:/app/" + tenant + "/meetings/" + id + "#attendance";
	}

	@PostMapping("/meetings/{id}/outcomes")
	String addOutcome(@PathVariable String tenant, @PathVariable UUID id,
			@ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		Meeting meeting = meetings.get(id);
		if (form.getAgendaItemId() == null || !agenda.get(form.getAgendaItemId()).getMeetingId().equals(id)) {
			errors.rejectValue("agendaItemId", "ui.outcome.needsItem");
		}
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Outcome recorded = outcomes.create(form.getAgendaItemId(), form.data());
				redirect.addFlashAttribute("flash", recorded.getKind() == OutcomeKind.TASK
						? support.text(locale, "ui.outcome.taskAdded", recorded.getText())
						: support.text(locale, "ui.outcome.added"));
				return "redirect:/app/" + tenant + "/meetings/" + id + "#item-" + form.getAgendaItemId();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return details.show(tenant, meeting, true, model);
	}

	private static java.util.Optional<Presence> presence(String value) {
		try {
			return java.util.Optional.of(Presence.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	private String confirmItem(String tenant, AgendaItem item, String problem, Model model, Locale locale) {
		return MeetingPages.confirmDelete(model, tenant, support.text(locale, "ui.agenda.delete"),
				support.text(locale, "ui.agenda.deleteQuestion", item.getTitle()),
				"/app/" + tenant + "/agenda-items/" + item.getId() + "/delete",
				"/app/" + tenant + "/meetings/" + item.getMeetingId(), item.getVersion(), problem);
	}

	private String itemForm(String tenant, AgendaItem item, AgendaItemForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("item", item);
		model.addAttribute("meeting", meetings.get(item.getMeetingId()));
		model.addAttribute("form", form);
		return "meeting/item-form";
	}
}

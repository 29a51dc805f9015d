package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MeetingFilter;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.meeting.MeetingStatus;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Sorting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
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

/** Meetings: the list of all, a meeting's page, its form, status, deletion, and its documents. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(MeetingPages.READERS)
class MeetingViews {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("startsAt", "title", "status");

	static final Set<String> PERIODS = Set.of("upcoming", "past", "all");

	private final MeetingService meetings;

	private final BodyService bodies;

	private final MeetingDetails details;

	private final Invitations invitations;

	private final MeetingPdfs pdfs;

	private final SmartValidator validator;

	private final MeetingPages support;

	MeetingViews(MeetingService meetings, BodyService bodies, MeetingDetails details, Invitations invitations,
			MeetingPdfs pdfs, SmartValidator validator, MeetingPages support) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.details = details;
		this.invitations = invitations;
		this.pdfs = pdfs;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/meetings")
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) MeetingStatus status, @RequestParam(required = false) UUID bodyId,
			@RequestParam(defaultValue = "upcoming") String period, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		String shown = PERIODS.contains(period) ? period : "upcoming";
		Sorting sorting = Sorting.parse(sort, SORTABLE, "startsAt");
		if (sort == null && "past".equals(shown)) {
			sorting = new Sorting("startsAt", true);
		}
		String search = q == null || q.isBlank() ? null : q.strip();
		OffsetDateTime today = LocalDate.now(MeetingPages.ZONE).atStartOfDay(MeetingPages.ZONE).toOffsetDateTime();
		MeetingFilter filter = new MeetingFilter(search, bodyId, status, "upcoming".equals(shown) ? today : null,
				"past".equals(shown) ? today : null);
		Page<Meeting> result = meetings.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("status", status);
		model.addAttribute("bodyId", bodyId);
		model.addAttribute("period", shown);
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("bodies", bodies.list(null, null, PageRequest.of(0, 200, Sort.by("name", "id"))).getContent());
		model.addAttribute("bodyNames", bodyNames());
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", MeetingPages.canEdit(authentication));
		return "meeting/meetings";
	}

	@GetMapping("/bodies/{bodyId}/meetings/new")
	@PreAuthorize(MeetingPages.WRITERS)
	String createForm(@PathVariable String tenant, @PathVariable UUID bodyId, Model model) {
		return form(tenant, bodies.get(bodyId), null, new MeetingForm(), model);
	}

	@PostMapping("/bodies/{bodyId}/meetings")
	@PreAuthorize(MeetingPages.WRITERS)
	String create(@PathVariable String tenant, @PathVariable UUID bodyId, @ModelAttribute("form") MeetingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Body body = bodies.get(bodyId);
		if (form.complete(errors)) {
			validator.validate(form.data(), errors);
		}
		if (!errors.hasErrors()) {
			try {
				Meeting created = meetings.create(bodyId, form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.meeting.created", created.getTitle()));
				return "redirect:/app/" + tenant + "/meetings/" + created.getId();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(field(ex), ex.messageKey());
			}
		}
		return form(tenant, body, null, form, model);
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model) {
		return details.show(tenant, meetings.get(id), MeetingPages.canEdit(authentication), model);
	}

	@GetMapping("/meetings/{id}/edit")
	@PreAuthorize(MeetingPages.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		Meeting m = meetings.get(id);
		return form(tenant, bodies.get(m.getBodyId()), id, MeetingForm.of(m), model);
	}

	@PostMapping("/meetings/{id}/edit")
	@PreAuthorize(MeetingPages.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") MeetingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Meeting m = meetings.get(id);
		if (form.complete(errors)) {
			validator.validate(form.data(), errors);
		}
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Meeting updated = meetings.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.meeting.updated", updated.getTitle()));
				return "redirect:/app/" + tenant + "/meetings/" + id;
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(field(ex), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, bodies.get(m.getBodyId()), id, form, model);
	}

	@PostMapping("/meetings/{id}/status")
	@PreAuthorize(MeetingPages.WRITERS)
	String changeStatus(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version,
			@RequestParam MeetingStatus status, RedirectAttributes redirect, Locale locale) {
		meetings.get(id);
		try {
			meetings.changeStatus(id, version, status);
			redirect.addFlashAttribute("flash", support.text(locale, "ui.meeting.statusChanged",
					support.text(locale, "meetingStatus." + status)));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", support.text(locale, "ui.concept.stale"));
		}
		return "redirect:/app/" + tenant + "/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/delete")
	@PreAuthorize(MeetingPages.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, meetings.get(id), null, model, locale);
	}

	@PostMapping("/meetings/{id}/delete")
	@PreAuthorize(MeetingPages.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Meeting m = meetings.get(id);
		try {
			meetings.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, m, support.text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.meeting.deleted", m.getTitle()));
		return "redirect:/app/" + tenant + "/bodies/" + m.getBodyId();
	}

	@GetMapping("/meetings/{id}/invitation.ics")
	ResponseEntity<String> invitation(@PathVariable String tenant, @PathVariable UUID id, Locale locale) {
		return invitations.invitation(id, locale);
	}

	@GetMapping("/bodies/{id}/meetings.ics")
	ResponseEntity<String> feed(@PathVariable String tenant, @PathVariable UUID id, Locale locale) {
		return invitations.feed(id, locale);
	}

	@GetMapping("/meetings/{id}/agenda.pdf")
	ResponseEntity<byte[]> agendaPdf(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication,
			Locale locale) {
		return pdfs.agendaPdf(tenant, id, authentication, locale);
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable String tenant, @PathVariable UUID id,
			Authentication authentication, Locale locale) {
		return pdfs.minutesPdf(tenant, id, authentication, locale);
	}

	/** The form has a day and two times where the record has two instants. */
	private static String field(InvalidInputException ex) {
		return "endsAt".equals(ex.field()) ? "endTime" : ex.field();
	}

	private Map<UUID, String> bodyNames() {
		Map<UUID, String> names = new java.util.HashMap<>();
		bodies.list(null, null, PageRequest.of(0, 200)).forEach(b -> names.put(b.getId(), b.getName()));
		return names;
	}

	private String confirm(String tenant, Meeting m, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/meetings/" + m.getId();
		return MeetingPages.confirmDelete(model, tenant, support.text(locale, "ui.meeting.delete"),
				support.text(locale, "ui.meeting.deleteQuestion", m.getTitle()), base + "/delete", base, m.getVersion(),
				problem);
	}

	private String form(String tenant, Body body, UUID id, MeetingForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("body", body);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("statuses", MeetingStatus.values());
		return "meeting/meeting-form";
	}
}

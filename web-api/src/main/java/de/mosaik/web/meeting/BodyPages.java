package de.mosaik.web.meeting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.mosaik.core.department.DepartmentService;
import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyKind;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Frequency;
import de.mosaik.core.meeting.MeetingSeries;
import de.mosaik.core.meeting.MeetingFilter;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.meeting.Member;
import de.mosaik.core.meeting.MemberRole;
import de.mosaik.core.meeting.MemberService;
import de.mosaik.core.meeting.SeriesService;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Sorting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** Bodies: the list, a body's page with members, meetings and series, the forms, deletion after asking. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(MeetingPages.READERS)
class BodyPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("name", "kind");

	private final BodyService bodies;

	private final MemberService members;

	private final MeetingService meetings;

	private final SeriesService series;

	private final DepartmentService departments;

	private final SmartValidator validator;

	private final MeetingPages support;

	BodyPages(BodyService bodies, MemberService members, MeetingService meetings, SeriesService series,
			DepartmentService departments, SmartValidator validator, MeetingPages support) {
		this.bodies = bodies;
		this.members = members;
		this.meetings = meetings;
		this.series = series;
		this.departments = departments;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/bodies")
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) BodyKind kind, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		Sorting sorting = Sorting.parse(sort, SORTABLE, "name");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<Body> result = bodies.list(kind, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", BodyKind.values());
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", MeetingPages.canEdit(authentication));
		return "meeting/bodies";
	}

	@GetMapping("/bodies/new")
	@PreAuthorize(MeetingPages.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new BodyForm(), model);
	}

	@PostMapping("/bodies")
	@PreAuthorize(MeetingPages.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") BodyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Body created = bodies.create(form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.body.created", created.getName()));
				return "redirect:/app/" + tenant + "/bodies/" + created.getId();
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/bodies/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model,
			Locale locale) {
		Body body = bodies.get(id);
		model.addAttribute("tenant", tenant);
		model.addAttribute("body", body);
		model.addAttribute("members", members.all(id));
		model.addAttribute("departments", departmentNames());
		model.addAttribute("meetings", meetings.list(new MeetingFilter(null, id, null, null, null),
				PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "startsAt").and(Sort.by("id")))));
		List<MeetingSeries> ofBody = series.ofBody(id);
		model.addAttribute("series", ofBody);
		model.addAttribute("rules", ofBody.stream().collect(Collectors.toMap(MeetingSeries::getId, s -> rule(s, locale))));
		model.addAttribute("canEdit", MeetingPages.canEdit(authentication));
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm());
		}
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("departmentList", departments.list(null, PageRequest.of(0, 200, Sort.by("name", "id"))).getContent());
		return "meeting/body";
	}

	@GetMapping("/bodies/{id}/edit")
	@PreAuthorize(MeetingPages.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, BodyForm.of(bodies.get(id)), model);
	}

	@PostMapping("/bodies/{id}/edit")
	@PreAuthorize(MeetingPages.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") BodyForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		bodies.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Body updated = bodies.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.body.updated", updated.getName()));
				return "redirect:/app/" + tenant + "/bodies/" + id;
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, id, form, model);
	}

	@GetMapping("/bodies/{id}/delete")
	@PreAuthorize(MeetingPages.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, bodies.get(id), null, model, locale);
	}

	@PostMapping("/bodies/{id}/delete")
	@PreAuthorize(MeetingPages.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Body body = bodies.get(id);
		try {
			bodies.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, body, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirm(tenant, body, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.body.deleted", body.getName()));
		return "redirect:/app/" + tenant + "/bodies";
	}

	@PostMapping("/bodies/{id}/members")
	@PreAuthorize(MeetingPages.WRITERS)
	String addMember(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("memberForm") MemberForm form,
			BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect,
			Locale locale) {
		bodies.get(id);
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Member added = members.create(id, form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.member.added", added.getName()));
				return "redirect:/app/" + tenant + "/bodies/" + id + "#members";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return show(tenant, id, authentication, model, locale);
	}

	/** E.g. "Zweiter Dienstag, 16:00–18:00 Uhr, 01.01.2027 bis 30.06.2027". */
	private String rule(MeetingSeries s, Locale locale) {
		String day = support.text(locale, "day." + s.getDayOfWeek());
		String when = s.getFrequency() == Frequency.MONTHLY
				? support.text(locale, "ui.series.week." + s.getWeekOfMonth()) + " " + day : day;
		DateTimeFormatter date = DateTimeFormatter.ofPattern(support.text(locale, "ui.date"));
		return support.text(locale, "ui.series.rule", when, s.getStartTime().toString(), s.getEndTime().toString(),
				date.format(s.getFirstDate()), date.format(s.getLastDate()));
	}

	private java.util.Map<UUID, String> departmentNames() {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		departments.list(null, PageRequest.of(0, 200)).forEach(d -> names.put(d.getId(), d.getName()));
		return names;
	}

	private String confirm(String tenant, Body body, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/bodies/" + body.getId();
		return MeetingPages.confirmDelete(model, tenant, support.text(locale, "ui.body.delete"),
				support.text(locale, "ui.body.deleteQuestion", body.getName()), base + "/delete", base,
				body.getVersion(), problem);
	}

	private String form(String tenant, UUID id, BodyForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("kinds", BodyKind.values());
		return "meeting/body-form";
	}
}

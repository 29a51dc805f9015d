package de.mosaik.web.meeting;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Frequency;
import de.mosaik.core.meeting.MeetingSeries;
import de.mosaik.core.meeting.SeriesData;
import de.mosaik.core.meeting.SeriesService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recurring meetings of a body: the template form that generates them, and deleting a series after asking. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(MeetingPages.WRITERS)
class SeriesPages {

	private final SeriesService series;

	private final BodyService bodies;

	private final SmartValidator validator;

	private final MeetingPages support;

	SeriesPages(SeriesService series, BodyService bodies, SmartValidator validator, MeetingPages support) {
		this.series = series;
		this.bodies = bodies;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping("/bodies/{bodyId}/series/new")
	String createForm(@PathVariable String tenant, @PathVariable UUID bodyId, Model model) {
		return form(tenant, bodies.get(bodyId), new SeriesForm(), model);
	}

	@PostMapping("/bodies/{bodyId}/series")
	String generate(@PathVariable String tenant, @PathVariable UUID bodyId, @ModelAttribute("form") SeriesForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Body body = bodies.get(bodyId);
		SeriesData data = form.data();
		BindingResult checked = new BeanPropertyBindingResult(data, "series");
		validator.validate(data, checked);
		for (FieldError error : checked.getFieldErrors()) {
			// the template's agenda is one text area on the form
			String field = error.getField().startsWith("agenda") ? "agenda" : error.getField();
			errors.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
		}
		if (!errors.hasErrors()) {
			try {
				SeriesService.Generated generated = series.generate(bodyId, data);
				redirect.addFlashAttribute("flash", support.text(locale, "ui.series.generated",
						generated.meetings().size()));
				return "redirect:/app/" + tenant + "/bodies/" + bodyId + "#meetings";
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, body, form, model);
	}

	@GetMapping("/series/{id}/delete")
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, series.get(id), null, model, locale);
	}

	@PostMapping("/series/{id}/delete")
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		MeetingSeries s = series.get(id);
		try {
			int removed = series.delete(id, version);
			redirect.addFlashAttribute("flash", support.text(locale, "ui.series.deleted", removed));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, s, support.text(locale, "ui.concept.stale"), model, locale);
		}
		return "redirect:/app/" + tenant + "/bodies/" + s.getBodyId() + "#meetings";
	}

	private String confirm(String tenant, MeetingSeries s, String problem, Model model, Locale locale) {
		return MeetingPages.confirmDelete(model, tenant, support.text(locale, "ui.series.delete"),
				support.text(locale, "ui.series.deleteQuestion", s.getTitle()),
				"/app/" + tenant + "/series/" + s.getId() + "/delete", "/app/" + tenant + "/bodies/" + s.getBodyId(),
				s.getVersion(), problem);
	}

	private String form(String tenant, Body body, SeriesForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("body", body);
		model.addAttribute("form", form);
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("days", DayOfWeek.values());
		return "meeting/series-form";
	}
}

package de.mosaik.web.meeting;

import java.time.LocalDate;

import de.mosaik.core.meeting.BodyKind;
import de.mosaik.core.meeting.Decision;
import de.mosaik.core.meeting.OutcomeService;
import de.mosaik.core.shared.InvalidInputException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The decisions of the bodies in a period (this year unless chosen), with the goal or measure they concern. */
@Controller
@RequestMapping("/app/{tenant}")
@PreAuthorize(MeetingPages.READERS)
class DecisionPages {

	static final int PAGE_SIZE = 50;

	private final OutcomeService outcomes;

	DecisionPages(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	@GetMapping("/decisions")
	String list(@PathVariable String tenant,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) BodyKind bodyKind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate today = LocalDate.now(MeetingPages.ZONE);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? start.withDayOfYear(start.lengthOfYear()) : to;
		Page<Decision> result;
		String problem = null;
		try {
			result = outcomes.decisions(start, end, bodyKind, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		}
		catch (InvalidInputException ex) {
			problem = ex.messageKey();
			result = Page.empty();
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("bodyKind", bodyKind);
		model.addAttribute("kinds", BodyKind.values());
		model.addAttribute("problem", problem);
		model.addAttribute("result", result);
		return "meeting/decisions";
	}
}

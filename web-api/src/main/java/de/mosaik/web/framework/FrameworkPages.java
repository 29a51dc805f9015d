package de.mosaik.web.framework;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.concept.AdoptionData;
import de.mosaik.core.concept.AdoptionService;
import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.ConceptStatus;
import de.mosaik.core.concept.FrameworkAdoption;
import de.mosaik.core.concept.FrameworkRelease;
import de.mosaik.core.concept.FrameworkReleaseView;
import de.mosaik.core.concept.FrameworkService;
import de.mosaik.core.concept.PublishData;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.web.ui.Pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The framework page: for a county its releases, the publishing form and its members' adoption and
 * progress; for a member municipality the county's releases, the adoption form and its adoptions; for
 * a council without a county on Mosaik, why there is none.
 */
@Controller
@RequestMapping("/app/{tenant}/framework")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class FrameworkPages {

	static final int MEMBERS_PAGE = 25;

	private final FrameworkService framework;

	private final AdoptionService adoptions;

	private final ConceptService concepts;

	private final MemberRows members;

	private final SmartValidator validator;

	private final MessageSource messages;

	FrameworkPages(FrameworkService framework, AdoptionService adoptions, ConceptService concepts, MemberRows members,
			SmartValidator validator, MessageSource messages) {
		this.framework = framework;
		this.adoptions = adoptions;
		this.concepts = concepts;
		this.members = members;
		this.validator = validator;
		this.messages = messages;
	}

	/** What a form entered, kept for the page that shows it again with its errors. */
	public record Entered(UUID releaseId, UUID conceptId, String note) {
	}

	@GetMapping
	String page(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "ALL") MemberRows.State state, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("canEdit", Pages.canEdit(authentication));
		if (framework.isCounty()) {
			return county(tenant, q, state, sort, page, new Entered(null, null, null), Map.of(), model);
		}
		if (adoptions.county().isEmpty()) {
			return "framework/none";
		}
		return member(new Entered(null, null, null), Map.of(), model);
	}

	@PostMapping("/releases")
	@PreAuthorize(Pages.WRITERS)
	String publish(@PathVariable String tenant, @RequestParam(required = false) UUID conceptId,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect, Locale locale) {
		PublishData data = new PublishData(conceptId, note);
		BindingResult errors = new DirectFieldBindingResult(data, "publish");
		validator.validate(data, errors);
		Map<String, String> problems = problems(errors, locale);
		if (problems.isEmpty()) {
			try {
				FrameworkRelease release = framework.publish(data);
				redirect.addFlashAttribute("flash", text(locale, "ui.framework.published", release.getNumber()));
				return "redirect:/app/" + tenant + "/framework";
			}
			catch (InvalidInputException ex) {
				problems.put(ex.field(), text(locale, ex.messageKey()));
			}
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("canEdit", true);
		return county(tenant, null, MemberRows.State.ALL, null, 0, new Entered(null, conceptId, note), problems, model);
	}

	@PostMapping("/adoptions")
	@PreAuthorize(Pages.WRITERS)
	String adopt(@PathVariable String tenant, @RequestParam(required = false) UUID releaseId,
			@RequestParam(required = false) UUID conceptId, Model model, RedirectAttributes redirect, Locale locale) {
		AdoptionData data = new AdoptionData(releaseId, conceptId);
		BindingResult errors = new DirectFieldBindingResult(data, "adoption");
		validator.validate(data, errors);
		Map<String, String> problems = problems(errors, locale);
		if (problems.isEmpty()) {
			try {
				FrameworkAdoption a = adoptions.adopt(data);
				redirect.addFlashAttribute("flash", text(locale, "ui.framework.adopted", a.getReleaseNumber(),
						a.getGoalsAdded(), a.getGoalsPresent()));
				return "redirect:/app/" + tenant + "/concepts/" + a.getConceptId();
			}
			catch (InvalidInputException ex) {
				problems.put(ex.field(), text(locale, ex.messageKey()));
			}
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("canEdit", true);
		return member(new Entered(releaseId, conceptId, null), problems, model);
	}

	@GetMapping("/releases/{id}")
	String release(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenant);
		if (framework.isCounty()) {
			FrameworkRelease r = framework.release(id);
			model.addAttribute("release", new FrameworkReleaseView(r.getId(), r.getNumber(), r.getConceptTitle(),
					r.getConceptEdition(), r.getNote(), r.getPublishedAt()));
			model.addAttribute("fields", Fields.of(framework.goals(id)));
		}
		else {
			model.addAttribute("release", adoptions.publishedRelease(id));
			model.addAttribute("fields", Fields.of(adoptions.publishedGoals(id)));
		}
		return "framework/release";
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String county(String tenant, String q, MemberRows.State state, String sort, int page, Entered entered,
			Map<String, String> problems, Model model) {
		boolean descending = sort != null && sort.endsWith(",desc");
		String property = sort != null && sort.startsWith("ags") ? "ags" : "name";
		String search = q == null || q.isBlank() ? null : q.strip();
		List<MemberRows.MemberRow> all = members.all();
		model.addAttribute("releases", framework.releases(PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "number"))));
		model.addAttribute("concepts", concepts.list(null, PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "edition"))).getContent());
		model.addAttribute("members", members.page(all, search, state, property, descending,
				PageRequest.of(Math.max(page, 0), MEMBERS_PAGE)));
		model.addAttribute("onMosaik", all.stream().filter(MemberRows.MemberRow::onMosaik).count());
		model.addAttribute("adopted", all.stream().filter(MemberRows.MemberRow::adopted).count());
		model.addAttribute("total", all.size());
		model.addAttribute("q", search);
		model.addAttribute("state", state);
		model.addAttribute("states", MemberRows.State.values());
		model.addAttribute("sortProperty", property);
		model.addAttribute("descending", descending);
		model.addAttribute("entered", entered);
		model.addAttribute("problems", problems == null ? Map.of() : problems);
		return "framework/county";
	}

	private String member(Entered entered, Map<String, String> problems, Model model) {
		List<FrameworkReleaseView> published = adoptions.published(PageRequest.of(0, 20)).getContent();
		model.addAttribute("county", adoptions.county().orElseThrow().value());
		model.addAttribute("published", published);
		model.addAttribute("latest", published.isEmpty() ? null : published.get(0));
		model.addAttribute("fields", published.isEmpty() ? List.of() : Fields.of(adoptions.publishedGoals(published.get(0).id())));
		model.addAttribute("concepts", concepts.list(null, PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "edition")))
			.getContent()
			.stream()
			.filter(c -> c.getStatus() != ConceptStatus.SUPERSEDED)
			.toList());
		model.addAttribute("history", adoptions.adoptions(PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "adoptedAt"))));
		model.addAttribute("conceptTitles", concepts.list(null, PageRequest.of(0, 200)).getContent().stream()
			.collect(java.util.stream.Collectors.toMap(Concept::getId, Concept::getTitle)));
		model.addAttribute("entered", entered);
		model.addAttribute("problems", problems == null ? Map.of() : problems);
		return "framework/member";
	}

	/** Each field's first problem, in the page's language. */
	private Map<String, String> problems(BindingResult errors, Locale locale) {
		Map<String, String> problems = new LinkedHashMap<>();
		errors.getFieldErrors().forEach(e -> problems.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
		return problems;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

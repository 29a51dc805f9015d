package de.mosaik.web.needs;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.needs.FindingService;
import de.mosaik.core.needs.NeedsAnalysis;
import de.mosaik.core.needs.NeedsAnalysisService;
import de.mosaik.core.needs.NeedsMethod;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Pages;
import de.mosaik.web.ui.Sorting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Needs analyses: list with search, method filter and sorting; the analysis with its findings; form; deletion. */
@Controller
@RequestMapping("/app/{tenant}/needs-analyses")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class NeedsAnalysisPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("title", "method", "conductedOn");

	private final NeedsAnalysisService analyses;

	private final FindingService findings;

	private final LinkChoices choices;

	private final SmartValidator validator;

	private final MessageSource messages;

	NeedsAnalysisPages(NeedsAnalysisService analyses, FindingService findings, LinkChoices choices,
			SmartValidator validator, MessageSource messages) {
		this.analyses = analyses;
		this.findings = findings;
		this.choices = choices;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) NeedsMethod method, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		Sorting sorting = sort == null || sort.isBlank() ? new Sorting("conductedOn", true)
				: Sorting.parse(sort, SORTABLE, "conductedOn");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<NeedsAnalysis> result = Pages.page(page, PAGE_SIZE, sorting.sort("id"), p -> analyses.list(method, search, p));
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("method", method);
		model.addAttribute("methods", NeedsMethod.values());
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", Pages.canEdit(authentication));
		return "needs/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model) {
		return show(tenant, analyses.get(id), new FindingForm(), Pages.canEdit(authentication), model);
	}

	/** The analysis's page; also after a finding that could not be added, with what was entered. */
	String show(String tenant, NeedsAnalysis analysis, FindingForm findingForm, boolean canEdit, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("analysis", analysis);
		model.addAttribute("findings", findings.list(analysis.getId()));
		model.addAttribute("choices", choices.all());
		if (!model.containsAttribute("findingForm")) {
			model.addAttribute("findingForm", findingForm);
		}
		model.addAttribute("canEdit", canEdit);
		return "needs/detail";
	}

	@GetMapping("/new")
	@PreAuthorize(Pages.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new NeedsForm(), model);
	}

	@PostMapping
	@PreAuthorize(Pages.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") NeedsForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		form.compact();
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				NeedsAnalysis created = analyses.create(form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.needs.created", created.getTitle()));
				return "redirect:/app/" + tenant + "/needs-analyses/" + created.getId();
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Pages.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, NeedsForm.of(analyses.get(id)), model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(Pages.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") NeedsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		analyses.get(id);
		form.compact();
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				NeedsAnalysis updated = analyses.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.needs.updated", updated.getTitle()));
				return "redirect:/app/" + tenant + "/needs-analyses/" + id;
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, id, form, model);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize(Pages.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, analyses.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(Pages.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		NeedsAnalysis analysis = analyses.get(id);
		try {
			analyses.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, analysis, text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", text(locale, "ui.needs.deleted", analysis.getTitle()));
		return "redirect:/app/" + tenant + "/needs-analyses";
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String confirm(String tenant, NeedsAnalysis a, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/needs-analyses/" + a.getId();
		return Pages.confirmDelete(model, tenant, text(locale, "ui.needs.delete"),
				text(locale, "ui.needs.deleteQuestion", a.getTitle()), base + "/delete", base, a.getVersion(), problem);
	}

	private static String form(String tenant, UUID id, NeedsForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("methods", NeedsMethod.values());
		return "needs/form";
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

package de.mosaik.web.tasks;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.core.task.Task;
import de.mosaik.core.task.TaskData;
import de.mosaik.core.task.TaskFilter;
import de.mosaik.core.task.TaskService;
import de.mosaik.web.security.Identities;
import de.mosaik.web.ui.Sorting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** Tasks: "my tasks" or all, open, overdue or done; the form; done with one click; deletion after asking. */
@Controller
@RequestMapping("/app/{tenant}/tasks")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class TaskPages {

	static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')";

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("dueDate", "title", "owner");

	static final Set<String> STATES = Set.of("open", "overdue", "done", "all");

	private final TaskService tasks;

	private final MassnahmeService massnahmen;

	private final SmartValidator validator;

	private final MessageSource messages;

	TaskPages(TaskService tasks, MassnahmeService massnahmen, SmartValidator validator, MessageSource messages) {
		this.tasks = tasks;
		this.massnahmen = massnahmen;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "mine") String view, @RequestParam(defaultValue = "open") String state,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		boolean mine = !"all".equals(view);
		String shown = STATES.contains(state) ? state : "open";
		Sorting sorting = Sorting.parse(sort, SORTABLE, "dueDate");
		String search = q == null || q.isBlank() ? null : q.strip();
		TaskFilter filter = new TaskFilter(search, null, mine ? Me.names(authentication) : null,
				switch (shown) {
					case "open" -> false;
					case "done" -> true;
					default -> null;
				}, "overdue".equals(shown) ? tasks.today() : null);
		Page<Task> result = tasks.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = tasks.list(filter, PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, sorting.sort("id")));
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("view", mine ? "mine" : "all");
		model.addAttribute("state", shown);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("today", tasks.today());
		model.addAttribute("canEdit", canEdit(authentication));
		return "tasks/list";
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String createForm(@PathVariable String tenant, @RequestParam(required = false) UUID measureId,
			Authentication authentication, Model model) {
		TaskForm form = new TaskForm();
		form.setOwner(Identities.displayName(authentication));
		if (measureId != null) {
			massnahmen.get(measureId);
			form.setMeasureId(measureId);
		}
		return form(tenant, null, form, model);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") TaskForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Task created = tasks.create(form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.tasks.created", created.getTitle()));
				return back(tenant, created);
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/{id}")
	@PreAuthorize(WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		return form(tenant, id, TaskForm.of(tasks.get(id)), model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") TaskForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Task updated = tasks.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", text(locale, "ui.tasks.updated", updated.getTitle()));
				return back(tenant, updated);
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

	@PostMapping("/{id}/done")
	@PreAuthorize(WRITERS)
	String markDone(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version,
			@RequestParam boolean done, RedirectAttributes redirect, Locale locale) {
		Task t = tasks.get(id);
		try {
			tasks.update(id, version, new TaskData(t.getTitle(), t.getDueDate(), t.getOwner(), t.getMeasureId(), done));
			redirect.addFlashAttribute("flash", text(locale, done ? "ui.tasks.done" : "ui.tasks.reopened", t.getTitle()));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", text(locale, "ui.concept.stale"));
		}
		return back(tenant, t);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize(WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, tasks.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Task t = tasks.get(id);
		try {
			tasks.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, t, text(locale, "ui.concept.stale"), model, locale);
		}
		redirect.addFlashAttribute("flash", text(locale, "ui.tasks.deleted", t.getTitle()));
		return back(tenant, t);
	}

	/** A task that is not there (or no longer) is the 404 page. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String confirm(String tenant, Task t, String problem, Model model, Locale locale) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("heading", text(locale, "ui.tasks.delete"));
		model.addAttribute("question", text(locale, "ui.tasks.deleteQuestion", t.getTitle()));
		model.addAttribute("action", "/app/" + tenant + "/tasks/" + t.getId() + "/delete");
		model.addAttribute("back", "/app/" + tenant + "/tasks/" + t.getId());
		model.addAttribute("version", t.getVersion());
		model.addAttribute("problem", problem);
		return "concept/delete";
	}

	/** Back to the measure the task belongs to, else to the task list. */
	private static String back(String tenant, Task t) {
		return t.getMeasureId() == null ? "redirect:/app/" + tenant + "/tasks"
				: "redirect:/app/" + tenant + "/measures/" + t.getMeasureId() + "#tasks";
	}

	private String form(String tenant, UUID id, TaskForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("measure", form.getMeasureId() == null ? null : measureTitle(form.getMeasureId()));
		return "tasks/form";
	}

	private String measureTitle(UUID id) {
		try {
			return massnahmen.get(id).getTitle();
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private static boolean canEdit(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_COUNTY_COORDINATOR")
					|| a.getAuthority().equals("ROLE_MUNICIPAL_OFFICER"));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}

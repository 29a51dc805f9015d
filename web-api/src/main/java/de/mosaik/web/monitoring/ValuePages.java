package de.mosaik.web.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.monitoring.Indicator;
import de.mosaik.core.monitoring.IndicatorService;
import de.mosaik.core.monitoring.IndicatorValue;
import de.mosaik.core.monitoring.ValueFilter;
import de.mosaik.core.monitoring.ValueService;
import de.mosaik.core.monitoring.ValueSource;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
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

/** The council's values: a filtered list for everyone, values entered and corrected by coordinators and officers. */
@Controller
@RequestMapping("/app/{tenant}/monitoring/values")
@PreAuthorize(Roles.READERS)
class ValuePages {

	static final int PAGE_SIZE = 25;

	static final Set<String> SORTABLE = Set.of("periodStart", "area", "value", "source");

	private final ValueService values;

	private final IndicatorService indicators;

	private final ValueExport export;

	private final SmartValidator validator;

	private final MonitoringPageSupport support;

	ValuePages(ValueService values, IndicatorService indicators, ValueExport export, SmartValidator validator,
			MonitoringPageSupport support) {
		this.values = values;
		this.indicators = indicators;
		this.export = export;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) UUID indicator,
			@RequestParam(required = false) ValueSource source, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		Sorting sorting = sort == null ? new Sorting("periodStart", true) : Sorting.parse(sort, SORTABLE, "periodStart");
		ValueFilter filter = new ValueFilter(indicator, null, source, null, null);
		Page<IndicatorValue> result = values.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, order(sorting)));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = values.list(filter, PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, order(sorting)));
		}
		List<Indicator> all = indicators.all();
		Map<UUID, Indicator> byId = new HashMap<>();
		all.forEach(i -> byId.put(i.getId(), i));
		model.addAttribute("tenant", tenant);
		model.addAttribute("indicator", indicator);
		model.addAttribute("source", source);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("indicators", all);
		model.addAttribute("byId", byId);
		model.addAttribute("canEdit", MonitoringPageSupport.canEdit(authentication));
		return "monitoring/values";
	}

	private static Sort order(Sorting sorting) {
		return sorting.sort("id").and(Sort.by("area"));
	}

	@GetMapping(value = "/export", produces = "text/csv")
	ResponseEntity<byte[]> csv(@PathVariable String tenant, @RequestParam(required = false) UUID indicator,
			@RequestParam(required = false) ValueSource source) {
		return export.csv(new ValueFilter(indicator, null, source, null, null)).download("monitoring-werte-" + tenant + ".csv");
	}

	@GetMapping("/new")
	@PreAuthorize(Roles.WRITERS)
	String createForm(@PathVariable String tenant, @RequestParam(required = false) UUID indicator, Model model) {
		ValueForm form = new ValueForm();
		form.setIndicatorId(indicator);
		return form(tenant, null, form, model);
	}

	@PostMapping
	@PreAuthorize(Roles.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") ValueForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				IndicatorValue created = values.create(form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.value.created",
						indicators.get(created.getIndicatorId()).getName(), created.period().toString()));
				return "redirect:/app/" + tenant + "/monitoring/values";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(tenant, null, form, model);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Roles.WRITERS)
	String editForm(@PathVariable String tenant, @PathVariable UUID id, Model model) {
		IndicatorValue value = values.get(id);
		return form(tenant, value, ValueForm.of(value), model);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Roles.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") ValueForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		IndicatorValue value = values.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				IndicatorValue updated = values.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.value.updated",
						indicators.get(updated.getIndicatorId()).getName(), updated.period().toString()));
				return "redirect:/app/" + tenant + "/monitoring/values";
			}
			catch (DuplicateException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (InvalidInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (InUseException ex) {
				errors.reject(ex.messageKey());
			}
			catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
				errors.reject("ui.concept.stale");
			}
		}
		return form(tenant, value, form, model);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize(Roles.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, values.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(Roles.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		IndicatorValue value = values.get(id);
		try {
			values.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, value, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirm(tenant, value, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.value.deleted",
				indicators.get(value.getIndicatorId()).getName(), value.period().toString()));
		return "redirect:/app/" + tenant + "/monitoring/values";
	}

	private String confirm(String tenant, IndicatorValue value, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/monitoring/values";
		return MonitoringPageSupport.confirm(model, tenant, support.text(locale, "ui.mon.value.delete"),
				support.text(locale, "ui.mon.value.deleteQuestion", indicators.get(value.getIndicatorId()).getName(),
						value.period().toString()),
				support.text(locale, "ui.concept.deleteHint"), base + "/" + value.getId() + "/delete", base,
				value.getVersion(), support.text(locale, "ui.concept.deleteConfirm"), problem);
	}

	private String form(String tenant, IndicatorValue value, ValueForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("value", value);
		model.addAttribute("form", form);
		model.addAttribute("indicators", indicators.all());
		return "monitoring/value-form";
	}
}

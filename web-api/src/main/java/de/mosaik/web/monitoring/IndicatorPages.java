package de.mosaik.web.monitoring;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.monitoring.Direction;
import de.mosaik.core.monitoring.Indicator;
import de.mosaik.core.monitoring.IndicatorKind;
import de.mosaik.core.monitoring.IndicatorService;
import de.mosaik.core.monitoring.Origin;
import de.mosaik.core.shared.DuplicateException;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.web.ui.Sorting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** The indicator catalogue: a list for everyone, own indicators added and changed by coordinators and officers. */
@Controller
@RequestMapping("/app/{tenant}/monitoring/indicators")
@PreAuthorize(Roles.READERS)
class IndicatorPages {

	static final int PAGE_SIZE = 25;

	static final Set<String> SORTABLE = Set.of("code", "name", "unit", "kind");

	private final IndicatorService indicators;

	private final SmartValidator validator;

	private final MonitoringPageSupport support;

	IndicatorPages(IndicatorService indicators, SmartValidator validator, MonitoringPageSupport support) {
		this.indicators = indicators;
		this.validator = validator;
		this.support = support;
	}

	@GetMapping
	String list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) Origin origin, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		Sorting sorting = Sorting.parse(sort, SORTABLE, "code");
		String search = q == null || q.isBlank() ? null : q.strip();
		Page<Indicator> result = indicators.list(search, origin,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("id")));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = indicators.list(search, origin, PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, sorting.sort("id")));
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("q", search);
		model.addAttribute("origin", origin);
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("canEdit", MonitoringPageSupport.canEdit(authentication));
		return "monitoring/indicators";
	}

	@GetMapping("/new")
	@PreAuthorize(Roles.WRITERS)
	String createForm(@PathVariable String tenant, Model model) {
		return form(tenant, null, new IndicatorForm(), model);
	}

	@PostMapping
	@PreAuthorize(Roles.WRITERS)
	String create(@PathVariable String tenant, @ModelAttribute("form") IndicatorForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		validator.validate(form.data(), errors);
		if (!errors.hasErrors()) {
			try {
				Indicator created = indicators.create(form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.indicator.created", created.getName()));
				return "redirect:/app/" + tenant + "/monitoring/indicators?origin=OWN";
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

	/** A standard indicator is shown as it is; an own one opens in its form for those who may change it. */
	@GetMapping("/{id}")
	String show(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication, Model model) {
		Indicator indicator = indicators.get(id);
		if (!indicator.isStandard() && MonitoringPageSupport.canEdit(authentication)) {
			return form(tenant, indicator, IndicatorForm.of(indicator), model);
		}
		model.addAttribute("tenant", tenant);
		model.addAttribute("indicator", indicator);
		return "monitoring/indicator";
	}

	@PostMapping("/{id}")
	@PreAuthorize(Roles.WRITERS)
	String update(@PathVariable String tenant, @PathVariable UUID id, @ModelAttribute("form") IndicatorForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		Indicator indicator = indicators.get(id);
		validator.validate(form.data(), errors);
		if (form.getVersion() == null) {
			errors.reject("ui.concept.stale");
		}
		if (!errors.hasErrors()) {
			try {
				Indicator updated = indicators.update(id, form.getVersion(), form.data());
				redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.indicator.updated", updated.getName()));
				return "redirect:/app/" + tenant + "/monitoring/indicators?origin=OWN";
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
		return form(tenant, indicator, form, model);
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize(Roles.WRITERS)
	String confirmDelete(@PathVariable String tenant, @PathVariable UUID id, Model model, Locale locale) {
		return confirm(tenant, indicators.get(id), null, model, locale);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize(Roles.WRITERS)
	String delete(@PathVariable String tenant, @PathVariable UUID id, @RequestParam long version, Model model,
			RedirectAttributes redirect, Locale locale) {
		Indicator indicator = indicators.get(id);
		try {
			indicators.delete(id, version);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return confirm(tenant, indicator, support.text(locale, "ui.concept.stale"), model, locale);
		}
		catch (InUseException ex) {
			return confirm(tenant, indicator, support.text(locale, ex.messageKey()), model, locale);
		}
		redirect.addFlashAttribute("flash", support.text(locale, "ui.mon.indicator.deleted", indicator.getName()));
		return "redirect:/app/" + tenant + "/monitoring/indicators?origin=OWN";
	}

	private String confirm(String tenant, Indicator indicator, String problem, Model model, Locale locale) {
		String base = "/app/" + tenant + "/monitoring/indicators";
		return MonitoringPageSupport.confirm(model, tenant, support.text(locale, "ui.mon.indicator.delete"),
				support.text(locale, "ui.mon.indicator.deleteQuestion", indicator.getCode(), indicator.getName()),
				support.text(locale, "ui.concept.deleteHint"), base + "/" + indicator.getId() + "/delete",
				base + "/" + indicator.getId(), indicator.getVersion(), support.text(locale, "ui.concept.deleteConfirm"),
				problem);
	}

	private static String form(String tenant, Indicator indicator, IndicatorForm form, Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("indicator", indicator);
		model.addAttribute("form", form);
		model.addAttribute("kinds", IndicatorKind.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("scales", new int[] { 100, 1000, 10000, 100000 });
		return "monitoring/indicator-form";
	}
}

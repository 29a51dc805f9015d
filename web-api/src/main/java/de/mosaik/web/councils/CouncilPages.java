package de.mosaik.web.councils;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import de.mosaik.admin.onboarding.OnboardingJob;
import de.mosaik.admin.onboarding.OnboardingRefused;
import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.web.security.TenantAuthentication;
import de.mosaik.web.ui.Sorting;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operators: the councils that are tenants, onboarding one council or a whole county, and its progress. */
@Controller
@RequestMapping("/app/platform")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class CouncilPages {

	static final int PAGE_SIZE = 20;

	static final Set<String> SORTABLE = Set.of("ags", "name", "kind", "status", "migrationState");

	private final Tenants tenants;

	private final OnboardingService onboarding;

	CouncilPages(Tenants tenants, OnboardingService onboarding) {
		this.tenants = tenants;
		this.onboarding = onboarding;
	}

	/** What the operator entered to onboard: the key, and one council or the whole county. */
	static class OnboardingForm {

		private String ags;

		private String scope = "single";

		public String getAgs() {
			return ags;
		}

		public void setAgs(String ags) {
			this.ags = ags;
		}

		public String getScope() {
			return scope;
		}

		public void setScope(String scope) {
			this.scope = scope;
		}

		boolean county() {
			return "county".equals(scope);
		}
	}

	/** A council just onboarded, for the confirmation. */
	record Onboarded(String ags, String name, CouncilKind kind, TenantStatus status, String error) {
	}

	@GetMapping
	String platform() {
		return "redirect:/app/platform/councils";
	}

	@GetMapping("/councils")
	String councils(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String migrationState,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		Sorting sorting = Sorting.parse(sort, SORTABLE, "name");
		String search = CouncilsApi.blankToNull(q);
		CouncilKind k = lenient(CouncilKind.class, kind);
		TenantStatus s = lenient(TenantStatus.class, status);
		MigrationState m = lenient(MigrationState.class, migrationState);
		Page<Tenant> result = tenants.search(search, k, s, m,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, sorting.sort("ags")));
		if (result.isEmpty() && result.getNumber() > 0 && result.getTotalPages() > 0) {
			result = tenants.search(search, k, s, m,
					PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE, sorting.sort("ags")));
		}
		model.addAttribute("q", search);
		model.addAttribute("kind", k);
		model.addAttribute("status", s);
		model.addAttribute("migrationState", m);
		model.addAttribute("kinds", CouncilKind.values());
		model.addAttribute("statuses", TenantStatus.values());
		model.addAttribute("migrationStates", MigrationState.values());
		model.addAttribute("sorting", sorting);
		model.addAttribute("result", result);
		model.addAttribute("filtered", search != null || k != null || s != null || m != null);
		return "councils/list";
	}

	@GetMapping("/onboarding")
	String onboardingForm(Model model) {
		return onboardingPage(new OnboardingForm(), model);
	}

	@PostMapping("/onboarding")
	String onboard(@ModelAttribute("form") OnboardingForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		String ags = form.getAgs() == null ? "" : form.getAgs().strip();
		form.setAgs(ags);
		if (ags.isEmpty()) {
			errors.rejectValue("ags", "onboarding.ags.required");
			return onboardingPage(form, model);
		}
		String actor = ((TenantAuthentication) authentication).actor();
		try {
			if (form.county()) {
				OnboardingJob job = onboarding.onboardCounty(ags, actor);
				return "redirect:/app/platform/onboarding/jobs/" + job.getId();
			}
			Tenant tenant = onboarding.onboard(ags, actor);
			redirect.addFlashAttribute("onboarded", new Onboarded(tenant.getAgs(), tenant.getName(), tenant.getKind(),
					tenant.getStatus(), tenant.getLastError()));
			return "redirect:/app/platform/onboarding";
		}
		catch (OnboardingRefused refused) {
			errors.rejectValue("ags", "onboarding.refused." + refused.reason().name(), new Object[] { refused.ags() },
					refused.getMessage());
			return onboardingPage(form, model);
		}
	}

	@GetMapping("/onboarding/jobs/{id}")
	String job(@PathVariable UUID id, Model model) {
		OnboardingJob job = onboarding.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("job", job);
		model.addAttribute("countyName", tenants.findByAgs(job.getCountyAgs()).map(Tenant::getName).orElse(job.getCountyAgs()));
		return "councils/job";
	}

	/** Only the progress part of the job page: htmx asks for it every second until the job is finished. */
	@GetMapping("/onboarding/jobs/{id}/progress")
	String jobProgress(@PathVariable UUID id, Model model) {
		OnboardingJob job = onboarding.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("job", job);
		return "councils/job :: progress";
	}

	private String onboardingPage(OnboardingForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("jobs", onboarding.recentJobs());
		return "councils/onboarding";
	}

	private static <E extends Enum<E>> E lenient(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElse(null);
	}
}

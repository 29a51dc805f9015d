package de.mosaik.web.offboarding;

import java.util.List;

import de.mosaik.admin.offboarding.DeletionProof;
import de.mosaik.admin.offboarding.OffboardingRefused;
import de.mosaik.admin.offboarding.OffboardingService;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.web.security.TenantAuthentication;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operators: the steps of a council's offboarding on its page, and the proof of deletion. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class OffboardingPages {

	private final OffboardingService offboarding;

	private final Tenants tenants;

	private final MessageSource messages;

	OffboardingPages(OffboardingService offboarding, Tenants tenants, MessageSource messages) {
		this.offboarding = offboarding;
		this.tenants = tenants;
		this.messages = messages;
	}

	@PostMapping("/app/platform/councils/{ags}/offboarding")
	String start(@PathVariable String ags, @RequestParam(defaultValue = "false") boolean confirm,
			Authentication authentication, RedirectAttributes redirect) {
		Tenant council = tenants.findByAgs(ags).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!confirm) {
			redirect.addFlashAttribute("startMissing", true);
			return back(ags);
		}
		return step(ags, redirect, "ui.offboarding.started",
				() -> offboarding.request(council, actor(authentication)));
	}

	@PostMapping("/app/platform/councils/{ags}/offboarding/confirmation")
	String confirm(@PathVariable String ags, @RequestParam(name = "ags", required = false) String typed,
			Authentication authentication,
			RedirectAttributes redirect) {
		if (!ags.equals(typed == null ? null : typed.strip())) {
			redirect.addFlashAttribute("keyMismatch", true);
			return back(ags);
		}
		return step(ags, redirect, "ui.offboarding.confirmed", () -> offboarding.confirm(ags, typed, actor(authentication)));
	}

	@PostMapping("/app/platform/councils/{ags}/offboarding/cancellation")
	String cancel(@PathVariable String ags, Authentication authentication, RedirectAttributes redirect) {
		return step(ags, redirect, "ui.offboarding.cancelled", () -> {
			offboarding.cancel(ags, actor(authentication));
			return null;
		});
	}

	@PostMapping("/app/platform/councils/{ags}/offboarding/deletion")
	String delete(@PathVariable String ags, Authentication authentication, RedirectAttributes redirect) {
		try {
			offboarding.deleteIfDue(ags, actor(authentication));
		}
		catch (OffboardingRefused refused) {
			redirect.addFlashAttribute("flash", text("offboarding.refused." + refused.reason().name()));
			return back(ags);
		}
		redirect.addFlashAttribute("flash", text("ui.offboarding.deleted"));
		return "redirect:/app/platform/deletion-proofs/" + ags;
	}

	@GetMapping("/app/platform/deletion-proofs/{ags}")
	String proof(@PathVariable String ags, Model model) {
		DeletionProof proof = offboarding.proofs(ags)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<String> remnants = offboarding.remnants(ags);
		model.addAttribute("proof", proof);
		model.addAttribute("remnants", remnants);
		return "offboarding/proof";
	}

	private String step(String ags, RedirectAttributes redirect, String done, java.util.function.Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", text(done));
		}
		catch (OffboardingRefused refused) {
			redirect.addFlashAttribute("flash", text("offboarding.refused." + refused.reason().name()));
		}
		return back(ags);
	}

	private static String back(String ags) {
		return "redirect:/app/platform/councils/" + ags + "#offboarding";
	}

	private static String actor(Authentication authentication) {
		return ((TenantAuthentication) authentication).actor();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}

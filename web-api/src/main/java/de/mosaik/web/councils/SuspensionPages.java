package de.mosaik.web.councils;

import de.mosaik.admin.billing.BillingService;
import de.mosaik.admin.offboarding.Offboarding;
import de.mosaik.admin.offboarding.OffboardingService;
import de.mosaik.admin.suspension.Suspensions;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.web.security.TenantAuthentication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Operators: one council's facts, suspending or resuming it, and where its offboarding stands. */
@Controller
@RequestMapping("/app/platform/councils/{ags}")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class SuspensionPages {

	private final Tenants tenants;

	private final Suspensions suspensions;

	private final MessageSource messages;

	private final OffboardingService offboarding;

	private final BillingService billing;

	SuspensionPages(Tenants tenants, Suspensions suspensions, MessageSource messages, OffboardingService offboarding,
			BillingService billing) {
		this.billing = billing;
		this.offboarding = offboarding;
		this.tenants = tenants;
		this.suspensions = suspensions;
		this.messages = messages;
	}

	/** The operator's reason, and that they informed the council. */
	static class SuspensionForm {

		@NotBlank(message = "{suspension.reason.required}")
		@Size(max = 500, message = "{suspension.reason.size}")
		private String reason;

		@AssertTrue(message = "{suspension.confirm.required}")
		private boolean confirm;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public boolean isConfirm() {
			return confirm;
		}

		public void setConfirm(boolean confirm) {
			this.confirm = confirm;
		}
	}

	@GetMapping
	String council(@PathVariable String ags, Model model) {
		model.addAttribute("council", CouncilResponse.of(find(ags)));
		model.addAttribute("suspensionForm", new SuspensionForm());
		model.addAttribute("offboarding", offboarding.find(ags).orElse(null));
		model.addAttribute("offboardingDue", offboarding.find(ags).map(o -> o.getStatus() == Offboarding.Status.CONFIRMED
				&& !o.getDeleteAfter().isAfter(java.time.OffsetDateTime.now())).orElse(false));
		model.addAttribute("waitingDays", offboarding.waitingPeriod().toDays());
		addBilling(find(ags), model);
		return "councils/council";
	}

	private void addBilling(Tenant council, Model model) {
		model.addAttribute("billingConfigured", billing.enabled());
		model.addAttribute("billing", billing.account(council).orElse(null));
		model.addAttribute("invoices", billing.invoices(council));
	}

	@PostMapping("/billing/details")
	String details(@PathVariable String ags, @Valid @ModelAttribute("invoiceDetails") InvoiceDetailsForm form,
			BindingResult errors, Authentication authentication, RedirectAttributes redirect) {
		Tenant council = find(ags);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("detailsErrors", errors.getFieldErrors()
				.stream()
				.map(e -> e.getField() + ": " + e.getDefaultMessage())
				.toList());
			return "redirect:/app/platform/councils/" + ags + "#billing";
		}
		billing.details(council, form.toDetails(), ((TenantAuthentication) authentication).actor());
		redirect.addFlashAttribute("flash", text("ui.billing.detailsSaved"));
		return "redirect:/app/platform/councils/" + ags + "#billing";
	}

	/** The invoice details as the form posts them (blank fields are absent). */
	static class InvoiceDetailsForm {

		@jakarta.validation.constraints.Email(message = "{billing.details.email}")
		private String email;

		@Size(max = 200, message = "{billing.details.addressLine}")
		private String addressLine;

		@jakarta.validation.constraints.Pattern(regexp = "(\\d{5})?", message = "{billing.details.postalCode}")
		private String postalCode;

		@Size(max = 100, message = "{billing.details.city}")
		private String city;

		@jakarta.validation.constraints.Pattern(regexp = "(\\d{2,12}(-[A-Za-z0-9]{1,30})?-\\d{2})?", message = "{billing.details.leitwegId}")
		private String leitwegId;

		@Size(max = 100, message = "{billing.details.purchaseOrder}")
		private String purchaseOrder;

		de.mosaik.admin.billing.InvoiceDetails toDetails() {
			return new de.mosaik.admin.billing.InvoiceDetails(blank(email), blank(addressLine), blank(postalCode),
					blank(city), blank(leitwegId), blank(purchaseOrder));
		}

		private static String blank(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getAddressLine() {
			return addressLine;
		}

		public void setAddressLine(String addressLine) {
			this.addressLine = addressLine;
		}

		public String getPostalCode() {
			return postalCode;
		}

		public void setPostalCode(String postalCode) {
			this.postalCode = postalCode;
		}

		public String getCity() {
			return city;
		}

		public void setCity(String city) {
			this.city = city;
		}

		public String getLeitwegId() {
			return leitwegId;
		}

		public void setLeitwegId(String leitwegId) {
			this.leitwegId = leitwegId;
		}

		public String getPurchaseOrder() {
			return purchaseOrder;
		}

		public void setPurchaseOrder(String purchaseOrder) {
			this.purchaseOrder = purchaseOrder;
		}
	}

	@PostMapping("/billing/payment-methods")
	String paymentMethods(@PathVariable String ags, @RequestParam(defaultValue = "false") boolean sepaDebit,
			Authentication authentication, RedirectAttributes redirect) {
		Tenant council = find(ags);
		if (billing.account(council).isEmpty()) {
			throw new de.mosaik.core.shared.NotFoundException("billing account", ags);
		}
		billing.sepaDebit(council, sepaDebit, ((TenantAuthentication) authentication).actor());
		redirect.addFlashAttribute("flash", text(sepaDebit ? "ui.billing.sepa.on" : "ui.billing.sepa.off"));
		return "redirect:/app/platform/councils/" + ags + "#billing";
	}

	@PostMapping("/billing/override")
	String override(@PathVariable String ags, @RequestParam(required = false) String reason,
			@RequestParam(required = false) java.time.LocalDate until, Authentication authentication,
			RedirectAttributes redirect) {
		Tenant council = find(ags);
		if (reason == null || reason.isBlank() || until == null || !until.isAfter(java.time.LocalDate.now())) {
			redirect.addFlashAttribute("overrideInvalid", true);
			return "redirect:/app/platform/councils/" + ags + "#billing";
		}
		billing.override(council, reason.strip(), until.atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toOffsetDateTime(),
				((TenantAuthentication) authentication).actor());
		redirect.addFlashAttribute("flash", text("ui.billing.overridden"));
		return "redirect:/app/platform/councils/" + ags + "#billing";
	}

	@PostMapping("/suspension")
	String suspend(@PathVariable String ags, @Valid @ModelAttribute("suspensionForm") SuspensionForm form,
			BindingResult errors, Model model, Authentication authentication, RedirectAttributes redirect) {
		Tenant council = find(ags);
		if (errors.hasErrors()) {
			model.addAttribute("council", CouncilResponse.of(council));
			model.addAttribute("offboarding", offboarding.find(ags).orElse(null));
			model.addAttribute("waitingDays", offboarding.waitingPeriod().toDays());
			addBilling(council, model);
			return "councils/council";
		}
		suspensions.suspend(council, form.getReason(), ((TenantAuthentication) authentication).actor());
		redirect.addFlashAttribute("flash", text("ui.council.suspend.done"));
		return "redirect:/app/platform/councils/" + ags;
	}

	@PostMapping("/resumption")
	String resume(@PathVariable String ags, Authentication authentication, RedirectAttributes redirect) {
		suspensions.resume(find(ags), ((TenantAuthentication) authentication).actor());
		redirect.addFlashAttribute("flash", text("ui.council.resume.done"));
		return "redirect:/app/platform/councils/" + ags;
	}

	private Tenant find(String ags) {
		return tenants.findByAgs(ags).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}

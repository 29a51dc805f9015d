package de.mosaik.web.billing;

import java.time.OffsetDateTime;
import java.util.List;

import de.mosaik.admin.billing.BillingService;
import de.mosaik.admin.billing.Invoice;
import de.mosaik.admin.billing.InvoiceDetails;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.web.security.TenantAuthentication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platform/councils/{ags}/billing")
@Tag(name = "Billing", description = "Operators: plans, subscriptions, invoices, grace periods, overrides")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class BillingApi {

	private final BillingService billing;

	private final Tenants tenants;

	BillingApi(BillingService billing, Tenants tenants) {
		this.billing = billing;
		this.tenants = tenants;
	}

	/** A council's billing, or that billing is not configured / the council is not billed itself. */
	record Billing(boolean configured, boolean billed, String plan, String status, int quantity,
			OffsetDateTime graceUntil, String overrideReason, OffsetDateTime overrideUntil, InvoiceDetails details,
			boolean sepaDebit, List<InvoiceView> invoices) {
	}

	/** Whether the council may also pay its invoices by SEPA direct debit. */
	record PaymentMethods(@NotNull(message = "{billing.sepaDebit.required}") Boolean sepaDebit) {
	}

	/** One invoice with the link to Stripe's page of it. */
	record InvoiceView(String id, String number, String status, long amountDue, String currency, String url,
			OffsetDateTime dueAt) {

		static InvoiceView of(Invoice i) {
			return new InvoiceView(i.getId(), i.getNumber(), i.getStatus(), i.getAmountDue(), i.getCurrency(),
					i.getHostedUrl(), i.getDueAt());
		}
	}

	/** Keep the council reachable despite arrears until a date, for a reason. */
	record Override(@NotBlank(message = "{billing.override.reason.required}") @Size(max = 500) String reason,
			@NotNull(message = "{billing.override.until.required}") @Future(message = "{billing.override.until.future}") OffsetDateTime until) {
	}

	@GetMapping
	@Operation(summary = "A council's billing status and invoices")
	Billing get(@PathVariable String ags) {
		return view(find(ags));
	}

	@PutMapping("/details")
	@Operation(summary = "Invoice details: address, invoice mailbox, Leitweg-ID and purchase order",
			description = "Sent to Stripe (the Leitweg-ID and order number as custom fields on every invoice), then kept here")
	Billing details(@PathVariable String ags, @Valid @RequestBody InvoiceDetails details, Authentication authentication) {
		Tenant council = find(ags);
		if (billing.account(council).isEmpty()) {
			throw new NotFoundException("billing account", ags);
		}
		billing.details(council, details, ((TenantAuthentication) authentication).actor());
		return view(council);
	}

	@PutMapping("/payment-methods")
	@Operation(summary = "SEPA direct debit on or off (audited)",
			description = "Invoices are always sent with payment terms; with SEPA direct debit the council may also pay them by debit, giving the mandate on Stripe's invoice page")
	Billing paymentMethods(@PathVariable String ags, @Valid @RequestBody PaymentMethods request,
			Authentication authentication) {
		Tenant council = find(ags);
		if (billing.account(council).isEmpty()) {
			throw new NotFoundException("billing account", ags);
		}
		billing.sepaDebit(council, request.sepaDebit(), ((TenantAuthentication) authentication).actor());
		return view(council);
	}

	@PostMapping("/override")
	@Operation(summary = "Manual override with a reason (audited)")
	Billing override(@PathVariable String ags, @Valid @RequestBody Override request, Authentication authentication) {
		Tenant council = find(ags);
		if (billing.account(council).isEmpty()) {
			throw new NotFoundException("billing account", ags);
		}
		billing.override(council, request.reason().strip(), request.until(),
				((TenantAuthentication) authentication).actor());
		return view(council);
	}

	private Billing view(Tenant council) {
		return billing.account(council)
			.map(a -> new Billing(billing.enabled(), true, a.getPlan().name(), a.getStatus().name(), a.getQuantity(),
					a.getGraceUntil(), a.getOverrideReason(), a.getOverrideUntil(), a.details(),
					a.isSepaDebit(), billing.invoices(council).stream().map(InvoiceView::of).toList()))
			.orElseGet(() -> new Billing(billing.enabled(), false, null, null, 0, null, null, null, null, false, List.of()));
	}

	private Tenant find(String ags) {
		return tenants.findByAgs(ags).orElseThrow(() -> new NotFoundException("council", ags));
	}

}

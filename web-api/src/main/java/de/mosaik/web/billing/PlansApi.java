package de.mosaik.web.billing;

import java.util.List;

import de.mosaik.admin.billing.BillingService;
import de.mosaik.admin.billing.PlanSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platform/plans")
@Tag(name = "Billing", description = "Operators: plans, subscriptions, invoices, grace periods, overrides")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlansApi {

	private final BillingService billing;

	PlansApi(BillingService billing) {
		this.billing = billing;
	}

	/** Whether billing is configured, and the plans with their terms and councils by billing status. */
	record Plans(boolean configured, List<PlanSummary> plans) {
	}

	@GetMapping
	@Operation(summary = "The plans: Stripe price, trial, payment term, grace period, councils by billing status")
	Plans plans() {
		return new Plans(billing.enabled(), billing.plans());
	}
}

package de.mosaik.web.billing;

import de.mosaik.admin.billing.BillingAccount;
import de.mosaik.admin.billing.BillingService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Operators: the plans Mosaik sells and how many councils are on each. */
@Controller
@RequestMapping("/app/platform/plans")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class PlanPages {

	private final BillingService billing;

	PlanPages(BillingService billing) {
		this.billing = billing;
	}

	@GetMapping
	String plans(Model model) {
		model.addAttribute("billingConfigured", billing.enabled());
		model.addAttribute("plans", billing.plans());
		model.addAttribute("statuses", BillingAccount.Status.values());
		return "billing/plans";
	}
}

package de.mosaik.admin.billing;

import java.time.Duration;
import java.util.Map;

/**
 * A plan as operators see it: the Stripe price it bills, its terms and how many councils are on it.
 *
 * @param priceId Stripe price, {@code null} when not configured
 * @param councils billed councils by their billing status
 */
public record PlanSummary(Plan plan, String priceId, int trialDays, int daysUntilDue, Duration gracePeriod,
		Map<BillingAccount.Status, Long> councils) {

	public long total() {
		return councils.values().stream().mapToLong(Long::longValue).sum();
	}
}

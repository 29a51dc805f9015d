package de.mosaik.admin.billing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param municipalityPrice Stripe price of the municipality plan (per council)
 * @param countyPrice Stripe price of the county package (per active member municipality)
 * @param trialDays trial at onboarding
 * @param daysUntilDue payment term of invoices (public bodies pay by invoice)
 * @param gracePeriod after a failed payment, until the council is suspended
 */
@ConfigurationProperties("mosaik.billing")
public record BillingProperties(String municipalityPrice, String countyPrice, int trialDays, int daysUntilDue,
		Duration gracePeriod) {

	public BillingProperties {
		trialDays = trialDays <= 0 ? 30 : trialDays;
		daysUntilDue = daysUntilDue <= 0 ? 30 : daysUntilDue;
		gracePeriod = gracePeriod == null ? Duration.ofDays(14) : gracePeriod;
	}
}

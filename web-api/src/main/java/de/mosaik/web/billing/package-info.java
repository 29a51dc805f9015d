/** Billing by API and pages: Stripe's webhook endpoint, the operator's view of a council's billing and overrides. */
package de.mosaik.web.billing;

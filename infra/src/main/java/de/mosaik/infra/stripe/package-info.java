/** Stripe through stripe-java: customers, subscriptions, invoices and signed webhooks. */
package de.mosaik.infra.stripe;

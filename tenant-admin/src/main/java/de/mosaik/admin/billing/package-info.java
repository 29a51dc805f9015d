/**
 * Plans and Stripe billing: a billing account per billed council (counties: the county package whose
 * quantity follows their active member municipalities; kreisfreie Städte: the municipality plan), paid
 * by invoice; Stripe's webhooks, deduplicated and applied from the objects' current state; a grace
 * period after a failed payment, then suspension; operators' overrides. Without Stripe keys billing is off.
 */
package de.mosaik.admin.billing;

/** Suspending a council (e.g. unpaid invoices) and lifting it: its people keep reading, but change nothing. */
package de.mosaik.admin.suspension;

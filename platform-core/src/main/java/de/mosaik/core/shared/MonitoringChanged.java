package de.mosaik.core.shared;

import de.mosaik.core.tenancy.TenantKey;

/**
 * Published (as a Spring application event, inside the writing transaction) whenever what monitoring shows
 * of a tenant changed: values, imports, or an operational count of another feature. The county's cached
 * dashboard is dropped after the commit. Features whose records monitoring counts (monitoring's OperationalCounts) publish it
 * when their counts change.
 */
public record MonitoringChanged(TenantKey tenant) {
}

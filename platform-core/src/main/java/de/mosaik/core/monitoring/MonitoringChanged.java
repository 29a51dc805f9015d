package de.mosaik.core.monitoring;

import de.mosaik.core.tenancy.TenantKey;

/**
 * Published (as a Spring application event, inside the writing transaction) whenever what monitoring shows
 * of a tenant changed: values, imports, or an operational count of another feature. The county's cached
 * dashboard is dropped after the commit. Features that implement {@link OperationalCounts} publish it
 * when their counts change.
 */
public record MonitoringChanged(TenantKey tenant) {
}

package de.mosaik.web.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.mosaik.core.shared.DecisionsInPeriod;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;

import org.springframework.stereotype.Component;

/**
 * A source of decisions for the status report, standing in for the bodies-and-meetings feature: a test
 * records decisions for its own council, and the report of that council finds those taken in its period.
 */
@Component
public class RecordedDecisions implements DecisionsInPeriod {

	private final Map<TenantKey, List<Decision>> byTenant = new ConcurrentHashMap<>();

	private final CurrentTenant tenant;

	public RecordedDecisions(CurrentTenant tenant) {
		this.tenant = tenant;
	}

	public void record(String ags, Decision... decisions) {
		byTenant.put(new TenantKey(ags), List.of(decisions));
	}

	@Override
	public List<Decision> between(LocalDate from, LocalDate to) {
		return byTenant.getOrDefault(tenant.require(), List.of())
			.stream()
			.filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
			.toList();
	}
}

package de.mosaik.web.monitoring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.mosaik.core.monitoring.OperationalCounts;

import org.springframework.stereotype.Component;

/**
 * A feature's operational counts as tests set them, the way the partner network will contribute its
 * organisations by type and area. Counts nothing for councils no test set.
 */
@Component
public class TestOperationalCounts implements OperationalCounts {

	static final String CODE = "TEST-OP-PARTNERS";

	private final Map<String, List<OperationalCount>> byTenant = new ConcurrentHashMap<>();

	void set(String tenant, List<OperationalCount> counts) {
		byTenant.put(tenant, List.copyOf(counts));
	}

	@Override
	public List<OperationalIndicator> indicators() {
		return List.of(new OperationalIndicator(CODE, "Partnerorganisationen (Testzählung)",
				"Partner organisations (test count)", "Anzahl"));
	}

	/** Whatever a test set, also for areas outside the scope: monitoring must keep to the county and its members. */
	@Override
	public List<OperationalCount> counts(Scope scope) {
		return byTenant.getOrDefault(scope.tenant().value(), List.of())
			.stream()
			.filter(c -> c.period().type() == scope.periodType())
			.toList();
	}
}

package de.mosaik.web.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A council's plan, read from the platform schema with the pool's own connection (not the request's
 * tenant session, which may not read platform tables) and kept for five minutes.
 */
@Component
class PlansOfTenants implements RateLimits.PlanOfTenant {

	private static final Duration KEEP = Duration.ofMinutes(5);

	private final JdbcTemplate jdbc;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	private record Known(Optional<String> plan, Instant until) {
	}

	PlansOfTenants(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public Optional<String> planOf(String ags) {
		Known cached = known.get(ags);
		if (cached != null && Instant.now().isBefore(cached.until())) {
			return cached.plan();
		}
		List<String> plans = jdbc.queryForList("""
				select b.plan from platform.billing_account b join platform.tenant t on t.id = b.tenant_id where t.ags = ?
				union all
				select b.plan from platform.billing_account b join platform.tenant t on t.parent_id = b.tenant_id where t.ags = ?
				""", String.class, ags, ags);
		Optional<String> plan = plans.stream().findFirst();
		known.put(ags, new Known(plan, Instant.now().plus(KEEP)));
		return plan;
	}
}

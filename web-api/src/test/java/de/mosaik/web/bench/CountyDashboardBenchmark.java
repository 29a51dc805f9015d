package de.mosaik.web.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.monitoring.CountyDashboard;
import de.mosaik.core.monitoring.CountyMonitoring;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.monitoring.DashboardCache;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county dashboard of Eifelkreis Bitburg-Prüm (07232), the county with the most members (233), with
 * values in every member: three indicators (a count, a count small enough to be suppressed in places, a
 * rate with numerator and denominator) over five years. Uncached (the members' aggregate views read in one
 * statement, totals, suppression) and cached (Redis), in the service and end to end over HTTP.
 */
class CountyDashboardBenchmark extends IntegrationTest {

	static final String COUNTY = "07232";

	static final String COMMAND = "mvn -B -o -Pbench verify -pl web-api -am -Dit.test=CountyDashboardBenchmark";

	@Autowired
	OnboardingService onboarding;

	@Autowired
	Tenants tenants;

	@Autowired
	OfficialRegister register;

	@Autowired
	DataSource dataSource;

	@Autowired
	CurrentTenant currentTenant;

	@Autowired
	CountyMonitoring monitoring;

	@Autowired
	DashboardCache cache;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Test
	void theDashboardOfTheLargestCountyUncachedAndCached() throws Exception {
		List<RegisteredCouncil> members = register.membersOf(COUNTY);
		assertThat(members).hasSize(233);
		onboardMissing(members);
		recordValues(members);
		TenantKey county = new TenantKey(COUNTY);
		String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();

		fixtures.grant("bench-coordinator", COUNTY, Role.COUNTY_COORDINATOR);
		Api coordinator = Api.as(new Tokens(encoder).forSubject("bench-coordinator"));
		String path = "/api/v1/tenants/" + COUNTY + "/monitoring/county";
		List<Double> uncached = new ArrayList<>();
		List<Double> cached = new ArrayList<>();
		List<Double> httpUncached = new ArrayList<>();
		List<Double> httpCached = new ArrayList<>();
		CountyDashboard dashboard = null;
		int bytes = 0;
		// interleaved, so that every kind sees the same machine; the first rounds warm the JIT and the
		// connections' catalog caches and are not counted
		for (int round = 0; round < 30; round++) {
			boolean counted = round >= 5;
			long t0 = System.nanoTime();
			dashboard = currentTenant.callAs(county, () -> monitoring.dashboard(PeriodType.YEAR));
			long t1 = System.nanoTime();
			redis.opsForValue().increment(cache.versionKey(COUNTY));
			currentTenant.callAs(county, () -> cache.dashboard(COUNTY, PeriodType.YEAR));
			for (int i = 0; i < 10; i++) {
				long c0 = System.nanoTime();
				CountyDashboard fromRedis = currentTenant.callAs(county, () -> cache.dashboard(COUNTY, PeriodType.YEAR));
				long c1 = System.nanoTime();
				assertThat(fromRedis.members()).isEqualTo(233);
				if (counted) {
					cached.add((double) (c1 - c0));
				}
			}
			redis.opsForValue().increment(cache.versionKey(COUNTY));
			long h0 = System.nanoTime();
			Api.Response first = coordinator.get(path);
			long h1 = System.nanoTime();
			Api.Response second = coordinator.get(path);
			long h2 = System.nanoTime();
			assertThat(first.status()).isEqualTo(200);
			assertThat(second.raw().body()).isEqualTo(first.raw().body());
			bytes = first.raw().body().length();
			if (counted) {
				uncached.add((double) (t1 - t0));
				httpUncached.add((double) (h1 - h0));
				httpCached.add((double) (h2 - h1));
			}
		}
		String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
		assertThat(dashboard.members()).isEqualTo(233);
		// the three indicators of the values, and the partner network's count of organisations (read from the
		// members' county_partner_counts views in the same dashboard)
		assertThat(dashboard.indicators()).extracting(CountyDashboard.Panel::code)
			.containsExactly("NI-MT-1.2.1", "NI-MT-1.2.2", "NI-MT-2.3.1", "OP-PARTNERS");
		assertThat(dashboard.indicators()).allSatisfy(p -> assertThat(p.totals()).allMatch(t -> t.reporting() == 233));
		long suppressed = dashboard.indicators()
			.stream()
			.flatMap(p -> p.members().stream())
			.flatMap(r -> r.cells().stream())
			.filter(CountyDashboard.Cell::suppressed)
			.count();
		assertThat(suppressed).as("the small counts are suppressed").isPositive();

		new Figures("county-dashboard", COMMAND)
			.line("Eifelkreis Bitburg-Prüm: 233 members, 3 indicators × 5 years in every member (3,495 values), "
					+ suppressed + " member cells suppressed; with the partner network's counts (233 more views); JSON answer " + bytes / 1024 + " KiB. 25 interleaved rounds "
					+ "after 5 for warming up (10 cache reads per round). Load average before: " + loadBefore + "; after: "
					+ loadAfter + ".")
			.line("")
			.line("| what | median | 90th percentile | target |")
			.line("| --- | --- | --- | --- |")
			.line("| dashboard computed (233 aggregate views in one statement, totals, suppression), in the service | "
					+ ms(uncached, 0.5) + " | " + ms(uncached, 0.9) + " | < 200 ms |")
			.line("| dashboard from Redis (version, entry, JSON into objects), in the service | " + ms(cached, 0.5) + " | "
					+ ms(cached, 0.9) + " | < 10 ms |")
			.line("| GET …/monitoring/county over HTTP, uncached (computed, written to Redis, sent) | "
					+ ms(httpUncached, 0.5) + " | " + ms(httpUncached, 0.9) + " | |")
			.line("| GET …/monitoring/county over HTTP, cached (the stored JSON as it is) | " + ms(httpCached, 0.5) + " | "
					+ ms(httpCached, 0.9) + " | |")
			.write();
	}

	private static String ms(List<Double> nanos, double quantile) {
		double[] sorted = nanos.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double value = quantile == 0.5 ? Figures.median(nanos) : sorted[(int) Math.ceil(quantile * sorted.length) - 1];
		return String.format(java.util.Locale.ROOT, "%.1f ms", value / 1_000_000);
	}

	private void onboardMissing(List<RegisteredCouncil> members) {
		if (tenants.findByAgs(COUNTY).isEmpty()) {
			onboarding.onboard(COUNTY, "bench");
		}
		for (RegisteredCouncil member : members) {
			if (tenants.findByAgs(member.ags()).isEmpty()) {
				assertThat(onboarding.onboard(member.ags(), "bench").getStatus()).isEqualTo(TenantStatus.ACTIVE);
			}
		}
	}

	/** Straight into the members' tables, as the benchmark's setup: 15 values per member. */
	private void recordValues(List<RegisteredCouncil> members) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			for (int n = 0; n < members.size(); n++) {
				String ags = members.get(n).ags();
				sql.addBatch("insert into t_" + ags + ".indicator_value (id, indicator_id, indicator_code, area, period_type, "
						+ "period_start, value, numerator, denominator, source, created_at, updated_at) "
						+ "select gen_random_uuid(), i.id, i.code, '" + ags + "', 'YEAR', make_date(y, 1, 1), "
						+ "case i.code when 'NI-MT-1.2.1' then 100 + (y * 7 + " + n + ") % 400 "
						+ "when 'NI-MT-2.3.1' then (y + " + n + ") % 17 "
						+ "else round((100 + (y * 7 + " + n + ") % 400)::numeric * 100 / (1000 + " + n + "), 6) end, "
						+ "case when i.code = 'NI-MT-1.2.2' then 100 + (y * 7 + " + n + ") % 400 end, "
						+ "case when i.code = 'NI-MT-1.2.2' then 1000 + " + n + " end, 'MANUAL', now(), now() "
						+ "from t_" + ags + ".indicator i, generate_series(2020, 2024) y "
						+ "where i.code in ('NI-MT-1.2.1', 'NI-MT-2.3.1', 'NI-MT-1.2.2') on conflict do nothing");
			}
			sql.executeBatch();
			// statistics now, so that autovacuum's analyze (and the plan invalidations it brings) is not measured
			for (RegisteredCouncil member : members) {
				sql.addBatch("analyze t_" + member.ags() + ".indicator_value");
			}
			sql.executeBatch();
		}
	}
}

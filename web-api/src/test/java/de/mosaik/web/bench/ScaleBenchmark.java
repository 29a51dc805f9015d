package de.mosaik.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import de.mosaik.admin.audit.AuditLog;
import de.mosaik.admin.lock.ClusterLocks;
import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationRuns;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.onboarding.OnboardingJob;
import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.infra.liquibase.LiquibaseTenantSchemas;
import de.mosaik.infra.testing.TestDatabase;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every council of the official register (11,045) on one PostgreSQL, the way operators onboard them:
 * Eifelkreis Bitburg-Prüm first (the largest county, end to end), then every other county with its
 * members as a county job, and the kreisfreie Städte one by one. With all of them present: the next
 * release's changeset on every schema, a release with nothing to apply, and API throughput over random
 * tenants against one tenant, with PostgreSQL's backend memory. {@code -Dbench.councils=N} stops after
 * about N councils for a quick run.
 */
class ScaleBenchmark extends IntegrationTest {

	static final int LIMIT = Integer.getInteger("bench.councils", Integer.MAX_VALUE);

	static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.phase-seconds", 20));

	@Autowired
	OnboardingService onboarding;

	@Autowired
	OfficialRegister register;

	@Autowired
	Tenants tenants;

	@Autowired
	DataSource dataSource;

	@Autowired
	MigrationService migrations;

	@Autowired
	MigrationRuns runs;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Autowired
	ClusterLocks locks;

	@Autowired
	ResourceLoader resourceLoader;

	@Autowired
	JwtEncoder encoder;

	@Test
	void everyCouncilOfGermanyOnOneDeployment() throws Exception {
		Figures figures = new Figures("scale",
				"MOSAIK_TEST_DB_URL=... mvn -B -Pbench verify -Dit.test=ScaleBenchmark"
						+ (LIMIT == Integer.MAX_VALUE ? "" : " -Dbench.councils=" + LIMIT));
		long dbBefore = databaseSize();

		// 1. the largest county end to end, as an operator starts it
		long t0 = System.nanoTime();
		OnboardingJob eifel = await(onboarding.onboardCounty("07232", "bench"));
		double eifelNanos = System.nanoTime() - t0;
		assertThat(eifel.getStatus()).isEqualTo(OnboardingJob.Status.COMPLETED);
		int eifelCouncils = eifel.getDone();

		// 2. every other council: counties with their members as jobs, then the cities
		long t1 = System.nanoTime();
		int provisioned = eifelCouncils;
		for (RegisteredCouncil council : register.all()) {
			if (provisioned >= LIMIT) {
				break;
			}
			if (council.kind() == CouncilKind.COUNTY && !council.ags().equals("07232")) {
				OnboardingJob job = await(onboarding.onboardCounty(council.ags(), "bench"));
				assertThat(job.getFailed()).as("failed in " + council.ags()).isZero();
				provisioned += job.getDone();
			}
		}
		for (RegisteredCouncil council : register.all()) {
			if (provisioned >= LIMIT) {
				break;
			}
			if (council.kind() == CouncilKind.CITY) {
				assertThat(onboarding.onboard(council.ags(), "bench").getStatus()).isEqualTo(TenantStatus.ACTIVE);
				provisioned++;
			}
		}
		double allNanos = System.nanoTime() - t1;
		long active = tenants.countByStatusIn(java.util.EnumSet.of(TenantStatus.ACTIVE));
		long schemas = count("select count(*) from pg_namespace where nspname ~ '^t_[0-9]+$'");
		long tables = count("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
				+ "where n.nspname ~ '^t_[0-9]+$' and c.relkind = 'r'");
		long dbAfter = databaseSize();
		Backends afterProvisioning = backends();
		figures.line("#### Provisioning every council")
			.line("")
			.line("| what | measured |")
			.line("| --- | --- |")
			.line("| Eifelkreis Bitburg-Prüm (07232) with its members, one county job end to end (" + eifelCouncils
					+ " councils) | **" + seconds(eifelNanos) + "** (target < 2 min) |")
			.line("| every other council (" + (provisioned - eifelCouncils) + "), county jobs one after another, then the cities | "
					+ minutes(allNanos) + ", " + Figures.ms(allNanos / Math.max(1, provisioned - eifelCouncils))
					+ " per council |")
			.line("| councils active / tenant schemas / tables in them | " + active + " / " + schemas + " / " + tables + " |")
			.line("| database size before / after | " + mib(dbBefore) + " / " + mib(dbAfter) + " ("
					+ String.format("%.0f KiB", (dbAfter - dbBefore) / 1024.0 / Math.max(1, schemas)) + " per tenant) |")
			.line("| PostgreSQL backends of the pool after provisioning: count, private memory (RssAnon) sum / max | "
					+ afterProvisioning + " |")
			.line("");

		// 3. the next release: one changeset on every schema, then a release with nothing to apply
		LiquibaseTenantSchemas nextRelease = new LiquibaseTenantSchemas(dataSource, TestDatabase.get().rolePrefix(),
				resourceLoader, "db/tenant-bench/changelog.xml");
		MigrationService next = new MigrationService(tenants, nextRelease, runs, audit, tx, clock, locks,
				new SimpleMeterRegistry());
		long t2 = System.nanoTime();
		MigrationRun release = next.runAll("bench");
		double releaseNanos = System.nanoTime() - t2;
		assertThat(release.getFailed()).isZero();
		assertThat(release.getMigrated()).isEqualTo((int) active);
		assertThat(count("select count(*) from information_schema.columns where column_name = 'bench_note'")).isEqualTo(schemas);
		long t3 = System.nanoTime();
		MigrationRun noop = next.runAll("bench");
		double noopNanos = System.nanoTime() - t3;
		assertThat(noop.getMigrated()).isZero();
		figures.line("#### Releases with all councils present")
			.line("")
			.line("| what | measured | target |")
			.line("| --- | --- | --- |")
			.line("| one new tenant changeset (a column and an index) on all " + release.getMigrated() + " schemas | **"
					+ minutes(releaseNanos) + "** (" + Figures.ms(releaseNanos / Math.max(1, release.getMigrated()))
					+ " per schema) | < 10 min |")
			.line("| the same release run again, nothing to apply | **" + Figures.ms(noopNanos) + "** | < 5 s |")
			.line("");

		// 4. throughput: random tenants against one tenant, interleaved, same clients
		List<String> keys = officersForEveryTenant();
		String one = "07232201".equals(keys.get(0)) ? keys.get(1) : keys.get(0);
		Tokens tokens = new Tokens(encoder);
		java.util.Map<String, String> bearer = new java.util.HashMap<>();
		for (String ags : keys) {
			bearer.put(ags, tokens.token(BASE_URL, "bench-" + ags, Instant.now(), Duration.ofHours(2)));
		}
		run(keys, bearer, one, Duration.ofSeconds(5)); // warm-up
		List<Double> random = new ArrayList<>();
		List<Double> single = new ArrayList<>();
		Backends afterRandom = null;
		Backends afterSingle = null;
		for (int round = 0; round < 2; round++) {
			random.add(run(keys, bearer, null, PHASE));
			afterRandom = backends();
			single.add(run(keys, bearer, one, PHASE));
			afterSingle = backends();
		}
		double r = random.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double s = single.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		figures.line("#### API throughput, " + CLIENTS + " clients, `GET /api/v1/tenants/{ags}/departments`, "
					+ "each request as that council's officer (2 rounds of " + PHASE.toSeconds() + " s each, interleaved)")
			.line("")
			.line("| requests to | requests/s | PostgreSQL backends after it: count, RssAnon sum / max |")
			.line("| --- | --- | --- |")
			.line("| a random council of " + keys.size() + " each time | " + String.format("%.0f", r) + " | " + afterRandom + " |")
			.line("| one council (" + one + ") | " + String.format("%.0f", s) + " | " + afterSingle + " |")
			.line("| **ratio random / one** | **" + String.format("%.2f", r / s) + "** (target ≥ 0.9) | |")
			.write();
	}

	/** Requests per second over the phase; every answer must be 200. */
	private double run(List<String> keys, java.util.Map<String, String> bearer, String only, Duration phase)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		AtomicLong ok = new AtomicLong();
		ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
		long end = System.nanoTime() + phase.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long start = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			pool.execute(() -> {
				while (System.nanoTime() < end) {
					String ags = only != null ? only : keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
					try {
						HttpResponse<String> response = http.send(HttpRequest.newBuilder(
								URI.create(BASE_URL + "/api/v1/tenants/" + ags + "/departments?size=20&sort=name"))
							.header("Authorization", "Bearer " + bearer.get(ags))
							.build(), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() == 200) {
							ok.incrementAndGet();
						}
						else if (errors.size() < 5) {
							errors.add(ags + ": " + response.statusCode() + " " + response.body());
						}
					}
					catch (Exception ex) {
						errors.add(ags + ": " + ex);
					}
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(phase.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(errors).as("every request answered 200").isEmpty();
		return ok.get() / seconds;
	}

	/** One officer per active tenant (platform rows written directly: 11,045 grants through the API would be the benchmark). */
	private List<String> officersForEveryTenant() throws Exception {
		List<String> keys = new ArrayList<>();
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (Statement sql = c.createStatement();
					ResultSet rs = sql.executeQuery("select id, ags from platform.tenant where status = 'ACTIVE' order by ags");
					PreparedStatement insert = c.prepareStatement("insert into platform.membership "
							+ "(id, issuer, subject, tenant_id, role, display_name, created_at) values (?, ?, ?, ?, ?, ?, now()) "
							+ "on conflict do nothing")) {
				while (rs.next()) {
					String ags = rs.getString(2);
					keys.add(ags);
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, BASE_URL);
					insert.setString(3, "bench-" + ags);
					insert.setObject(4, rs.getObject(1));
					insert.setString(5, ags.length() == 5 ? "COUNTY_COORDINATOR" : "MUNICIPAL_OFFICER");
					insert.setString(6, "Bench " + ags);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			c.commit();
		}
		return keys;
	}

	private OnboardingJob await(OnboardingJob started) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
		while (Instant.now().isBefore(deadline)) {
			OnboardingJob job = onboarding.job(started.getId()).orElseThrow();
			if (job.isFinished()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("county job " + started.getCountyAgs() + " did not finish");
	}

	/** The pool's backends on this database and their private memory (from /proc: this machine's server). */
	private Backends backends() throws Exception {
		List<Long> rss = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select pid from pg_stat_activity where datname = current_database() "
						+ "and backend_type = 'client backend'")) {
			while (rs.next()) {
				Path status = Path.of("/proc", rs.getString(1), "status");
				if (Files.isReadable(status)) {
					Files.readAllLines(status).stream()
						.filter(line -> line.startsWith("RssAnon:"))
						.findFirst()
						.ifPresent(line -> rss.add(Long.parseLong(line.replaceAll("\\D", "")) * 1024));
				}
			}
		}
		return new Backends(rss.size(), rss.stream().mapToLong(Long::longValue).sum(),
				rss.stream().mapToLong(Long::longValue).max().orElse(0));
	}

	record Backends(int count, long sum, long max) {

		@Override
		public String toString() {
			return count == 0 ? "not readable (remote server)" : count + ", " + mib(sum) + " / " + mib(max);
		}
	}

	private long databaseSize() throws Exception {
		return count("select pg_database_size(current_database())");
	}

	private long count(String query) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String mib(long bytes) {
		return String.format("%.0f MiB", bytes / 1024.0 / 1024.0);
	}

	static String seconds(double nanos) {
		return String.format("%.1f s", nanos / 1e9);
	}

	static String minutes(double nanos) {
		long s = Math.round(nanos / 1e9);
		return String.format("%d min %02d s", s / 60, s % 60);
	}
}

package de.mosaik.web.protection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.mosaik.core.tenancy.Role;
import de.mosaik.infra.redis.RedisKeys;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key and rate limits against a real Redis, with concurrent requests. */
class ProtectionTest extends IntegrationTest {

	// Landkreis Osterholz's Lilienthal (03356005) and Ritterhude (03356008)
	static final String LILIENTHAL = "03356005";

	static final String DEPARTMENTS = "/api/v1/tenants/" + LILIENTHAL + "/departments";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	RedisKeys keys;

	Tokens tokens;

	@BeforeEach
	void council() {
		fixtures.council(LILIENTHAL);
		fixtures.grant("prot-officer", LILIENTHAL, Role.MUNICIPAL_OFFICER);
		fixtures.grant("prot-busy", LILIENTHAL, Role.MUNICIPAL_OFFICER);
		tokens = new Tokens(encoder);
	}

	@Test
	void aRetriedPostWithTheSameKeyReturnsTheFirstResponseAndCreatesNothingNew() {
		Api officer = Api.as(tokens.forSubject("prot-officer"));
		long before = total(officer);
		Map<String, String> key = Map.of("Idempotency-Key", "create-afm-1");
		Api.Response first = officer.send("POST", DEPARTMENTS, Map.of("name", "Amt für Migration"), key);
		Api.Response retry = officer.send("POST", DEPARTMENTS, Map.of("name", "Amt für Migration"), key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(total(officer)).isEqualTo(before + 1);

		Api.Response otherBody = officer.send("POST", DEPARTMENTS, Map.of("name", "Etwas anderes"), key);
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(otherBody.json().get("type").asString()).isEqualTo("urn:mosaik:problem:idempotency-key-reused");
		assertThat(total(officer)).isEqualTo(before + 1);

		// a refused request keeps no key: corrected, the same key may be used again
		Map<String, String> key2 = Map.of("Idempotency-Key", "create-empty");
		assertThat(officer.send("POST", DEPARTMENTS, Map.of("name", ""), key2).status()).isEqualTo(400);
		assertThat(officer.send("POST", DEPARTMENTS, Map.of("name", ""), key2).status()).isEqualTo(400);
	}

	@Test
	void eightConcurrentCopiesOfOneRequestCreateExactlyOneRecord() throws Exception {
		Api officer = Api.as(tokens.forSubject("prot-officer"));
		long before = total(officer);
		Map<String, String> key = Map.of("Idempotency-Key", "concurrent-" + System.nanoTime());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Api.Response>> copies = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				copies.add(() -> officer.send("POST", DEPARTMENTS, Map.of("name", "Büro für Teilhabe"), key));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> response : pool.invokeAll(copies)) {
				statuses.add(response.get().status());
			}
			assertThat(statuses).containsOnly(201, 409).contains(201);
			assertThat(statuses.stream().filter(s -> s == 201)).isNotEmpty();
		}
		finally {
			pool.shutdown();
		}
		assertThat(total(officer)).isEqualTo(before + 1);
		Api.Response late = officer.send("POST", DEPARTMENTS, Map.of("name", "Büro für Teilhabe"), key);
		assertThat(late.status()).isEqualTo(201);
		assertThat(late.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void aPersonOverTheLimitGets429WithRetryAfterAndOthersGoOn() {
		Api busy = Api.as(tokens.forSubject("prot-busy"));
		int ok = 0;
		Api.Response refused = null;
		// 300 per minute; the loop may cross into the next minute once, so at most two windows' worth pass
		for (int i = 0; i < 700 && refused == null; i++) {
			Api.Response response = busy.get(DEPARTMENTS + "?size=1");
			if (response.status() == 429) {
				refused = response;
			}
			else {
				ok++;
			}
		}
		assertThat(refused).as("refused within 700 requests").isNotNull();
		assertThat(ok).isBetween(300, 600);
		assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:mosaik:problem:rate-limited");
		// another person of the same council is not affected (the tenant's limit is far higher)
		assertThat(Api.as(tokens.forSubject("prot-officer")).get(DEPARTMENTS).status()).isEqualTo(200);
	}

	@Test
	void theCounterIsAtomicUnderConcurrency() throws Exception {
		RateLimits limits = new RateLimits(redis, keys, Clock.systemUTC(), new RateLimits.Limits(10, 1000), java.util.Map.of(),
				ags -> java.util.Optional.empty());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> calls = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				calls.add(() -> limits.count("atomic-" + getClass().getName(), "03356008").allowed());
			}
			long allowed = 0;
			for (Future<Boolean> result : pool.invokeAll(calls)) {
				allowed += result.get() ? 1 : 0;
			}
			// 50 at once, limit 10: unless the minute turned over meanwhile, exactly 10 pass
			assertThat(allowed).isBetween(10L, 20L);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aPlanCanHaveLimitsOfItsOwn() throws Exception {
		// Lilienthal's county (03356) has the county package (billing runs against the Stripe stand-in)
		RateLimits.PlanOfTenant plans = context.getBean(RateLimits.PlanOfTenant.class);
		awaitCountyAccount(); // billing follows onboarding in the background
		assertThat(plans.planOf(LILIENTHAL)).contains("COUNTY_PACKAGE");
		RateLimits limits = new RateLimits(redis, keys, Clock.systemUTC(), new RateLimits.Limits(1000, 1000),
				java.util.Map.of("COUNTY_PACKAGE", new RateLimits.Limits(3, 1000)), plans);
		String person = "plan-" + System.nanoTime();
		List<Boolean> allowed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			allowed.add(limits.count(person, LILIENTHAL).allowed());
		}
		assertThat(allowed.stream().filter(a -> a)).hasSizeBetween(3, 6);
		assertThat(allowed).contains(false);
		// a council without a plan keeps the defaults
		assertThat(limits.count(person, "09999999").allowed()).isTrue();
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	javax.sql.DataSource dataSource;

	private void awaitCountyAccount() throws InterruptedException {
		org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		for (int i = 0; i < 200; i++) {
			Integer accounts = jdbc.queryForObject("select count(*) from platform.billing_account b join platform.tenant t "
					+ "on t.id = b.tenant_id where t.ags = '03356'", Integer.class);
			if (accounts != null && accounts > 0) {
				return;
			}
			Thread.sleep(100);
		}
	}

	@Test
	void withoutRedisRateLimitsFailOpen() {
		LettuceConnectionFactory nowhere = new LettuceConnectionFactory("127.0.0.1", 1);
		nowhere.afterPropertiesSet();
		nowhere.start();
		try {
			StringRedisTemplate down = new StringRedisTemplate(nowhere);
			RateLimits limits = new RateLimits(down, keys, Clock.systemUTC(), new RateLimits.Limits(1, 1), java.util.Map.of(),
					ags -> java.util.Optional.empty());
			assertThat(limits.count("anyone", "03356005").allowed()).isTrue();
			assertThat(limits.count("anyone", "03356005").allowed()).isTrue();
		}
		finally {
			nowhere.destroy();
		}
	}

	private static long total(Api api) {
		return api.get(DEPARTMENTS + "?size=1").json().get("totalElements").asLong();
	}
}

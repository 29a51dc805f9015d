package de.mosaik.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import de.mosaik.infra.testing.TestDatabase;
import de.mosaik.infra.testing.TestRedis;
import de.mosaik.web.MosaikApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port against a real PostgreSQL (see {@link TestDatabase}). All
 * subclasses share one application context; each test class onboards councils of its own.
 */
// inlined, not dynamic: the environment post-processors that start the default run's embedded PostgreSQL
// and Redis (on fixed ports, which another test JVM may hold) run before dynamic properties exist
@SpringBootTest(classes = MosaikApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "mosaik.embedded.postgres.enabled=false", "mosaik.embedded.redis.enabled=false" })
public abstract class IntegrationTest {

	public static final int PORT = freePort();

	public static final String BASE_URL = "http://localhost:" + PORT;

	public static final String WEBHOOK_SECRET = "whsec_mosaik_test";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase db = TestDatabase.get();
		registry.add("spring.datasource.url", db::url);
		if (db.username() != null) {
			registry.add("spring.datasource.username", db::username);
			registry.add("spring.datasource.password", db::password);
		}
		registry.add("mosaik.tenancy.role-prefix", db::rolePrefix);
		registry.add("server.port", () -> PORT);
		registry.add("mosaik.base-url", () -> BASE_URL);
		registry.add("mosaik.demo.enabled", () -> "false");
		registry.add("mosaik.embedded.postgres.enabled", () -> "false");
		registry.add("mosaik.data-dir", () -> "target/test-data");
		TestRedis redis = TestRedis.get();
		registry.add("spring.data.redis.url", redis::url);
		registry.add("mosaik.redis.key-prefix", redis::keyPrefix);
		// benchmarks measure throughput, not the limits (the bench profile sets mosaik.bench.rate-limit)
		registry.add("mosaik.rate-limit.user-per-minute", () -> System.getProperty("mosaik.bench.rate-limit", "300"));
		registry.add("mosaik.rate-limit.tenant-per-minute", () -> System.getProperty("mosaik.bench.rate-limit", "3000"));
		// offboarding tests delete at once, by API; the scheduler stays out of their way
		registry.add("mosaik.offboarding.waiting-period", () -> "PT0S");
		registry.add("mosaik.offboarding.check-every", () -> "PT1H");
		// billing on, against a local server that answers as Stripe does
		registry.add("mosaik.billing.stripe.secret-key", () -> "sk_test_mosaik");
		registry.add("mosaik.billing.stripe.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("mosaik.billing.stripe.api-base", () -> FakeStripe.get().url());
		registry.add("mosaik.billing.municipality-price", () -> "price_municipality");
		registry.add("mosaik.billing.county-price", () -> "price_county_member");
		registry.add("mosaik.billing.grace-period", () -> "PT0S");
		registry.add("mosaik.billing.check-every", () -> "PT1H");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

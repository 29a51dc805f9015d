package de.mosaik.web.ops;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.PageSession;
import de.mosaik.web.support.PrivateApp;
import de.mosaik.web.support.PrivatePostgres;
import de.mosaik.web.support.PrivateRedis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database or Redis goes away under the running application (a PostgreSQL and a Redis of this
 * test's own, so that the other tests keep theirs). Database away: API reads, API writes and pages answer
 * 503 with {@code Retry-After} within 3 s, instead of waiting 30 s for a connection and ending in a 500;
 * nothing of a refused write is stored; within 10 s of the database's return everything works again,
 * and the client's retry with the same {@code Idempotency-Key} stores the write exactly once. Redis
 * paused: reads go on, a keyed write is refused and its retry goes through as soon as Redis wakes up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageTest {

	static final String STUTTGART = "08111000";

	static final String TASKS = "/api/v1/tenants/" + STUTTGART + "/tasks";

	static final Duration FAST = Duration.ofSeconds(3);

	static final Duration AT_ONCE = Duration.ofMillis(400);

	static final Duration RECOVERY = Duration.ofSeconds(10);

	PrivatePostgres postgres;

	PrivateRedis redis;

	PrivateApp app;

	@BeforeAll
	void applicationOnItsOwnDatabaseAndRedis() throws Exception {
		postgres = PrivatePostgres.start(Path.of("target/outage-postgres"));
		redis = PrivateRedis.start();
		app = PrivateApp.start("outage", postgres.jdbcUrl(), redis.url(), Map.of());
		app.council(STUTTGART);
		app.person("outage-officer", STUTTGART, Role.MUNICIPAL_OFFICER);
	}

	@AfterEach
	void databaseRunsAgain() {
		if (!postgres.isRunning()) {
			postgres.start();
		}
	}

	@AfterAll
	void stop() {
		if (app != null) {
			app.close();
		}
		if (postgres != null) {
			postgres.close();
		}
		if (redis != null) {
			redis.close();
		}
	}

	@Test
	void whileTheDatabaseIsAwayRequestsAnswer503FastAndAfterItsReturnEverythingWorksAgain() {
		Api officer = app.api("outage-officer", Duration.ofMinutes(10));
		PageSession browser = PageSession.signIn(app.baseUrl(), "outage-officer");
		assertThat(officer.get(TASKS).status()).isEqualTo(200);
		assertThat(browser.get("/app/" + STUTTGART + "/tasks").statusCode()).isEqualTo(200);
		Map<String, String> task = Map.of("title", "Sprachkurs-Ausfallprobe");
		Map<String, String> key = Map.of("Idempotency-Key", "outage-write-1");

		postgres.stop();
		// the pool checks connections idle for more than 0.5 s before handing them out: this way the first
		// request, not a later one, finds them all dead and waits for a new one
		sleep(600);

		Timed<Api.Response> read = timed(() -> officer.send("GET", TASKS, null, Map.of("Accept-Language", "de")));
		assertDatabaseUnavailable(read);
		assertThat(read.value().json().get("title").asString()).isEqualTo("Vorübergehend nicht verfügbar");
		// once the database is known to be away, requests are refused at once, not after the pool's timeout
		Timed<Api.Response> english = timed(() -> officer.send("GET", TASKS, null, Map.of("Accept-Language", "en")));
		assertDatabaseUnavailable(english);
		assertThat(english.took()).isLessThan(AT_ONCE);
		assertThat(english.value().json().get("title").asString()).isEqualTo("Temporarily unavailable");
		Timed<Api.Response> write = timed(() -> officer.send("POST", TASKS, task, key));
		assertDatabaseUnavailable(write);
		assertThat(write.took()).isLessThan(AT_ONCE);

		Timed<HttpResponse<String>> page = timed(() -> browser.get("/app/" + STUTTGART + "/tasks"));
		assertThat(page.value().statusCode()).isEqualTo(503);
		assertThat(page.took()).isLessThan(FAST);
		assertThat(page.value().headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.value().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.value().body()).contains("Mosaik ist kurz nicht erreichbar")
			.contains("Ihre letzte Eingabe wurde nicht gespeichert")
			.doesNotContain("Exception");
		// the 503 page keeps its styles: they need no database
		assertThat(browser.get("/css/mosaik.css").statusCode()).isEqualTo(200);

		postgres.start();

		Timed<Api.Response> back = timed(() -> {
			long deadline = System.nanoTime() + RECOVERY.toNanos();
			Api.Response response = officer.get(TASKS);
			while (response.status() != 200 && System.nanoTime() < deadline) {
				sleep(100);
				response = officer.get(TASKS);
			}
			return response;
		});
		assertThat(back.value().status()).as(back.value().toString()).isEqualTo(200);
		assertThat(back.took()).isLessThan(RECOVERY);
		assertThat(browser.get("/app/" + STUTTGART + "/tasks").statusCode()).isEqualTo(200);

		// the refused write stored nothing; the client's retry with the same key stores it once
		assertThat(officer.get(TASKS + "?q=Ausfallprobe").json().get("totalElements").asLong()).isZero();
		Api.Response retry = officer.send("POST", TASKS, task, key);
		assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
		Api.Response again = officer.send("POST", TASKS, task, key);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(officer.get(TASKS + "?q=Ausfallprobe").json().get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void aCrashedDatabaseIsNoDifferent() {
		Api officer = app.api("outage-officer", Duration.ofMinutes(10));
		assertThat(officer.get(TASKS).status()).isEqualTo(200);

		postgres.stopImmediately();
		assertDatabaseUnavailable(timed(() -> officer.get(TASKS)));
		assertDatabaseUnavailable(timed(() -> officer.get(TASKS)));

		postgres.start();
		long deadline = System.nanoTime() + RECOVERY.toNanos();
		int status = officer.get(TASKS).status();
		while (status != 200 && System.nanoTime() < deadline) {
			sleep(100);
			status = officer.get(TASKS).status();
		}
		assertThat(status).as("answer within " + RECOVERY + " of the restart").isEqualTo(200);
	}

	@Test
	void aKeyedWriteRefusedWhileRedisIsPausedGoesThroughOnTheFirstRetryAfterItWakesUp() {
		Api officer = app.api("outage-officer", Duration.ofMinutes(10));
		Map<String, String> task = Map.of("title", "Redis-Pausenprobe");
		Map<String, String> key = Map.of("Idempotency-Key", "redis-pause-write-1");
		assertThat(officer.get(TASKS).status()).isEqualTo(200);

		redis.pause();
		Timed<Api.Response> refused;
		try {
			Timed<Api.Response> read = timed(() -> officer.get(TASKS));
			assertThat(read.value().status()).as("reads go on: the rate limit fails open").isEqualTo(200);
			assertThat(read.took()).isLessThan(FAST);
			refused = timed(() -> officer.send("POST", TASKS, task, key));
		}
		finally {
			redis.resume();
		}
		assertThat(refused.value().status()).isEqualTo(503);
		assertThat(refused.took()).isLessThan(FAST);
		assertThat(refused.value().header("Retry-After")).isEqualTo("5");
		assertThat(refused.value().json().get("type").asString()).isEqualTo("urn:mosaik:problem:idempotency-unavailable");

		// the client waits as told (the application tries Redis again every half second); a claim that Redis
		// ran late, on waking, must not make the retry wait for "in progress" to expire
		sleep(1000);
		Api.Response retry = officer.send("POST", TASKS, task, key);
		assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
		assertThat(officer.send("POST", TASKS, task, key).header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(officer.get(TASKS + "?q=Pausenprobe").json().get("totalElements").asLong()).isEqualTo(1);
	}

	private static void assertDatabaseUnavailable(Timed<Api.Response> call) {
		Api.Response response = call.value();
		assertThat(response.status()).as(response.toString()).isEqualTo(503);
		assertThat(call.took()).as("answered within").isLessThan(FAST);
		assertThat(response.header("Retry-After")).isEqualTo("5");
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:mosaik:problem:database-unavailable");
	}

	record Timed<T>(T value, Duration took) {
	}

	private static <T> Timed<T> timed(Supplier<T> call) {
		long started = System.nanoTime();
		T value = call.get();
		return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}

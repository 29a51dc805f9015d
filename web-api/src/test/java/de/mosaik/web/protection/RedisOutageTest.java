package de.mosaik.web.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.mosaik.infra.redis.RedisConfiguration;
import de.mosaik.infra.redis.RedisKeys;

import io.lettuce.core.ClientOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * A live Redis taken away mid-run, with the client options Mosaik runs with: while it is gone, commands fail at
 * once (not queued), a paused server makes them time out fast, rate limits let requests through, and nothing that
 * failed is replayed when Redis comes back.
 */
class RedisOutageTest {

	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private int port;

	private RedisServer server;

	private ProcessHandle serverProcess;

	private LettuceConnectionFactory factory;

	private StringRedisTemplate redis;

	@BeforeEach
	void liveRedis() throws IOException {
		port = freePort();
		startServer();
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.clientOptions(RedisConfiguration.failFast(ClientOptions.builder(), TIMEOUT).build())
			.commandTimeout(TIMEOUT)
			.build();
		factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port), client);
		factory.afterPropertiesSet();
		factory.start();
		redis = new StringRedisTemplate(factory);
		redis.afterPropertiesSet();
	}

	@AfterEach
	void cleanUp() throws IOException {
		if (serverProcess != null && serverProcess.isAlive()) {
			signal("CONT");
		}
		factory.destroy();
		server.stop();
	}

	@Test
	void whileRedisIsGoneCommandsAreRejectedAtOnceAndNotReplayedWhenItIsBack() throws Exception {
		assertThat(redis.opsForValue().increment("counter")).isEqualTo(1);

		server.stop();
		awaitFailure();
		for (int i = 0; i < 5; i++) {
			long started = System.nanoTime();
			assertThatThrownBy(() -> redis.opsForValue().increment("counter")).isInstanceOf(DataAccessException.class);
			// rejected at once: a queued command would wait for the command timeout (or be sent on reconnect)
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.dividedBy(3));
		}
		assertThat(limits().count("someone", "03356005").allowed()).as("rate limits fail open").isTrue();

		startServer(); // a fresh, empty server on the same port
		awaitRecovery(Duration.ofSeconds(15));
		// had the five rejected increments been queued, the reconnect would have replayed them
		assertThat(redis.opsForValue().increment("counter")).isEqualTo(1);
	}

	@Test
	void aPausedRedisTimesOutFastAndTheRequestGoesOn() throws Exception {
		redis.opsForValue().set("before", "1");
		signal("STOP");
		long started = System.nanoTime();
		assertThat(limits().count("someone", "03356005").allowed()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThatThrownBy(() -> redis.opsForValue().get("before")).isInstanceOf(DataAccessException.class);

		signal("CONT");
		awaitRecovery(Duration.ofSeconds(15));
		assertThat(redis.opsForValue().get("before")).isEqualTo("1");
	}

	private RateLimits limits() {
		return new RateLimits(redis, new RedisKeys("outage-test:"), Clock.systemUTC(), new RateLimits.Limits(1, 1),
				Map.of(), ags -> Optional.empty());
	}

	private void startServer() throws IOException {
		Set<Long> before = children();
		server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").setting("appendonly no").build();
		server.start();
		serverProcess = ProcessHandle.current()
			.children()
			.filter(child -> !before.contains(child.pid()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("embedded Redis process not found"));
	}

	private static Set<Long> children() {
		return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
	}

	private void signal(String signal) throws IOException {
		try {
			int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(serverProcess.pid())).start().waitFor();
			assertThat(exit).as("kill -" + signal).isZero();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitFailure() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				redis.opsForValue().get("probe");
			}
			catch (DataAccessException expected) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Redis was stopped, but commands still succeed");
	}

	private void awaitRecovery(Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				redis.opsForValue().get("probe");
				return;
			}
			catch (DataAccessException stillAway) {
				Thread.sleep(100);
			}
		}
		throw new AssertionError("Redis is back, but the client did not reconnect within " + within);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}

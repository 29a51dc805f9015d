package de.mosaik.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import redis.embedded.RedisServer;

/**
 * A real Redis for one test JVM: {@code MOSAIK_TEST_REDIS_URL} when set, else Testcontainers where a
 * Docker engine runs, else an embedded Redis. Every test JVM gets its own key prefix.
 */
public final class TestRedis {

	private static TestRedis instance;

	private final String url;

	private final String keyPrefix;

	private TestRedis(String url, String keyPrefix) {
		this.url = url;
		this.keyPrefix = keyPrefix;
	}

	public static synchronized TestRedis get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	public String url() {
		return url;
	}

	public String keyPrefix() {
		return keyPrefix;
	}

	private static TestRedis start() {
		String prefix = "it" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + ":";
		String server = System.getenv("MOSAIK_TEST_REDIS_URL");
		if (server != null && !server.isBlank()) {
			return new TestRedis(server, prefix);
		}
		if (dockerAvailable()) {
			GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
			redis.start();
			Runtime.getRuntime().addShutdownHook(new Thread(redis::stop));
			return new TestRedis("redis://" + redis.getHost() + ":" + redis.getMappedPort(6379), prefix);
		}
		try {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
			redis.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					redis.stop();
				}
				catch (IOException ex) {
					// going down anyway
				}
			}));
			return new TestRedis("redis://127.0.0.1:" + port, prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}
}

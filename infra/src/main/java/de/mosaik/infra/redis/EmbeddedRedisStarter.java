package de.mosaik.infra.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import redis.embedded.RedisServer;

/**
 * Where Redis is: {@code MOSAIK_REDIS_URL} in production; with no Redis configured at all, an
 * embedded Redis on 127.0.0.1 for the default run (it keeps nothing: Redis holds only what can be
 * lost — rate-limit windows, idempotency records, caches).
 */
public class EmbeddedRedisStarter implements EnvironmentPostProcessor {

	private static RedisServer running;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("mosaik.redis.url");
		if (url != null && !url.isBlank()) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("mosaik-redis", Map.of("spring.data.redis.url", url)));
			return;
		}
		// only the default run, which has no configuration at all, gets an embedded Redis: a deployment
		// that names its database must name its Redis too (MOSAIK_REDIS_URL)
		boolean defaultRun = environment.getPropertySources().contains("mosaik-embedded-postgres");
		if (environment.containsProperty("spring.data.redis.url") || !defaultRun
				|| !environment.getProperty("mosaik.embedded.redis.enabled", Boolean.class, true)) {
			return;
		}
		int port = environment.getProperty("mosaik.embedded.redis.port", Integer.class, 63790);
		start(port);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("mosaik-embedded-redis",
					Map.of("spring.data.redis.url", "redis://127.0.0.1:" + port)));
	}

	private static synchronized void start(int port) {
		if (running != null) {
			return;
		}
		try {
			running = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			running.start();
			RedisServer redis = running;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					redis.stop();
				}
				catch (IOException ex) {
					// going down anyway
				}
			}, "embedded-redis-stop"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded Redis on port " + port, ex);
		}
	}
}

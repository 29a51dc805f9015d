package de.mosaik.infra.redis;

import java.time.Duration;

import de.mosaik.infra.outage.Outage;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lettuce must not queue commands while Redis is away and replay them later (a replayed rate-limit
 * increment or idempotency record would be wrong by then): commands are rejected while disconnected,
 * connects and commands time out fast, and callers fall back as each feature documents.
 */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {

	@Bean
	LettuceClientOptionsBuilderCustomizer failFast(@Value("${mosaik.redis.timeout:500ms}") Duration timeout) {
		return options -> failFast(options, timeout);
	}

	/** The client options every Redis connection of Mosaik uses (public for the outage tests). */
	public static ClientOptions.Builder failFast(ClientOptions.Builder options, Duration timeout) {
		return options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.autoReconnect(true)
			.socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
			.timeoutOptions(TimeoutOptions.enabled(timeout));
	}

	/**
	 * Redis as the last command found it: while it is away, rate limits and idempotency skip it at once
	 * instead of each request waiting for the command timeout (a paused Redis at 300 requests/s otherwise
	 * queued requests for seconds); one request per half second tries it again.
	 */
	@Bean
	Outage redisOutage() {
		return new Outage(Duration.ofMillis(500));
	}

	@Bean
	RedisKeys redisKeys(@Value("${mosaik.redis.key-prefix:mosaik:}") String prefix) {
		return new RedisKeys(prefix);
	}
}

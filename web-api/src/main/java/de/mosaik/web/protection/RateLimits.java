package de.mosaik.web.protection;

import java.time.Clock;
import java.util.List;

import de.mosaik.infra.redis.RedisKeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows counted in Redis: one atomic script increments the person's and the
 * tenant's counter and sets their expiry. When Redis cannot be reached the request is let through
 * (fail open) and a warning is logged: a missing rate limit is better than a missing council.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/** INCR both keys, expire them with the window; returns both counts. */
	private static final RedisScript<List> COUNT = RedisScript.of("""
			local user = redis.call('INCR', KEYS[1])
			if user == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
			local tenant = 0
			if KEYS[2] ~= '' then
			  tenant = redis.call('INCR', KEYS[2])
			  if tenant == 1 then redis.call('EXPIRE', KEYS[2], ARGV[1]) end
			end
			return {user, tenant}
			""", List.class);

	private final StringRedisTemplate redis;

	private final RedisKeys keys;

	private final Clock clock;

	private final int userPerMinute;

	private final int tenantPerMinute;

	RateLimits(StringRedisTemplate redis, RedisKeys keys, Clock clock,
			@Value("${mosaik.rate-limit.user-per-minute:600}") int userPerMinute,
			@Value("${mosaik.rate-limit.tenant-per-minute:6000}") int tenantPerMinute) {
		this.redis = redis;
		this.keys = keys;
		this.clock = clock;
		this.userPerMinute = userPerMinute;
		this.tenantPerMinute = tenantPerMinute;
	}

	/** The outcome: allowed, or refused with the seconds until the window ends. */
	public record Decision(boolean allowed, long retryAfterSeconds) {
	}

	public Decision count(String person, String tenant) {
		long now = clock.millis() / 1000;
		long window = now / 60;
		long retryAfter = 60 - now % 60;
		String userKey = keys.key(tenant, "ratelimit", "user", person, String.valueOf(window));
		String tenantKey = tenant == null ? "" : keys.key(tenant, "ratelimit", "tenant", String.valueOf(window));
		try {
			List<?> counts = redis.execute(COUNT, List.of(userKey, tenantKey), "61");
			long user = ((Number) counts.get(0)).longValue();
			long tenantCount = ((Number) counts.get(1)).longValue();
			boolean allowed = user <= userPerMinute && (tenant == null || tenantCount <= tenantPerMinute);
			return new Decision(allowed, allowed ? 0 : retryAfter);
		}
		catch (DataAccessException ex) {
			log.warn("Rate limit not checked, Redis unavailable: {}", ex.getMessage());
			return new Decision(true, 0);
		}
	}
}

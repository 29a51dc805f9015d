package de.mosaik.web.protection;

import java.util.List;

import de.mosaik.infra.outage.Outage;
import de.mosaik.infra.redis.RedisKeys;
import de.mosaik.web.security.ApiFilters;

import jakarta.servlet.Filter;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Rate limits first (a refused request claims no idempotency key), then idempotency. */
@Component
class ApiProtections implements ApiFilters {

	private final RateLimits rateLimits;

	private final StringRedisTemplate redis;

	private final RedisKeys keys;

	private final Outage redisOutage;

	ApiProtections(RateLimits rateLimits, StringRedisTemplate redis, RedisKeys keys, Outage redisOutage) {
		this.rateLimits = rateLimits;
		this.redis = redis;
		this.keys = keys;
		this.redisOutage = redisOutage;
	}

	@Override
	public List<Filter> inOrder() {
		return List.of(new RateLimitFilter(rateLimits), new IdempotencyFilter(redis, keys, redisOutage));
	}
}

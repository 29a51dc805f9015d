package de.mosaik.web.protection;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.mosaik.infra.outage.Outage;
import de.mosaik.infra.redis.RedisKeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows counted in Redis, with limits per plan where configured: one atomic script increments the person's and the
 * tenant's counter and sets their expiry. When Redis cannot be reached the request is let through
 * (fail open) and a warning is logged: a missing rate limit is better than a missing council. While
 * Redis is away requests do not wait for it (see {@link Outage}).
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

	private final Limits defaults;

	private final Map<String, Limits> byPlan;

	private final PlanOfTenant plans;

	private final Outage redisOutage;

	/** Requests per minute for one person and for one council. */
	public record Limits(int userPerMinute, int tenantPerMinute) {
	}

	/** Which plan a council is billed under (its county's package for a member municipality), if any. */
	public interface PlanOfTenant {

		Optional<String> planOf(String ags);
	}

	@Autowired
	RateLimits(StringRedisTemplate redis, RedisKeys keys, Clock clock, Environment environment, PlanOfTenant plans,
			Outage redisOutage) {
		this(redis, keys, clock,
				new Limits(environment.getProperty("mosaik.rate-limit.user-per-minute", Integer.class, 600),
						environment.getProperty("mosaik.rate-limit.tenant-per-minute", Integer.class, 6000)),
				planLimits(environment), plans, redisOutage);
	}

	RateLimits(StringRedisTemplate redis, RedisKeys keys, Clock clock, Limits defaults, Map<String, Limits> byPlan,
			PlanOfTenant plans) {
		this(redis, keys, clock, defaults, byPlan, plans, new Outage(Duration.ofMillis(500)));
	}

	private RateLimits(StringRedisTemplate redis, RedisKeys keys, Clock clock, Limits defaults,
			Map<String, Limits> byPlan, PlanOfTenant plans, Outage redisOutage) {
		this.redisOutage = redisOutage;
		this.redis = redis;
		this.keys = keys;
		this.clock = clock;
		this.defaults = defaults;
		this.byPlan = byPlan;
		this.plans = plans;
	}

	/** {@code mosaik.rate-limit.plans.<PLAN>.user-per-minute} and {@code ….tenant-per-minute}. */
	private static Map<String, Limits> planLimits(Environment environment) {
		Map<String, Limits> limits = new HashMap<>();
		for (String plan : List.of("MUNICIPALITY", "COUNTY_PACKAGE")) {
			Integer user = environment.getProperty("mosaik.rate-limit.plans." + plan + ".user-per-minute", Integer.class);
			Integer tenant = environment.getProperty("mosaik.rate-limit.plans." + plan + ".tenant-per-minute", Integer.class);
			if (user != null || tenant != null) {
				limits.put(plan, new Limits(user == null ? 600 : user, tenant == null ? 6000 : tenant));
			}
		}
		return Map.copyOf(limits);
	}

	private Limits limitsFor(String tenant) {
		if (tenant == null || byPlan.isEmpty()) {
			return defaults;
		}
		try {
			return plans.planOf(tenant).map(byPlan::get).orElse(defaults);
		}
		catch (DataAccessException ex) {
			return defaults;
		}
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
		if (!redisOutage.tryNow()) {
			return new Decision(true, 0);
		}
		try {
			List<?> counts = redis.execute(COUNT, List.of(userKey, tenantKey), "61");
			redisOutage.worked();
			long user = ((Number) counts.get(0)).longValue();
			long tenantCount = ((Number) counts.get(1)).longValue();
			Limits limits = limitsFor(tenant);
			boolean allowed = user <= limits.userPerMinute() && (tenant == null || tenantCount <= limits.tenantPerMinute());
			return new Decision(allowed, allowed ? 0 : retryAfter);
		}
		catch (DataAccessException ex) {
			if (redisOutage.failed()) {
				log.warn("Rate limits not checked until Redis answers again: {}", ex.getMessage());
			}
			return new Decision(true, 0);
		}
	}
}

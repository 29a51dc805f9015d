package de.mosaik.web.monitoring;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.mosaik.core.monitoring.AreaDirectory;
import de.mosaik.core.monitoring.CountyDashboard;
import de.mosaik.core.monitoring.CountyMonitoring;
import de.mosaik.core.shared.MonitoringChanged;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.infra.redis.RedisKeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county dashboard in Redis, under a version counter per county: {@code …:t:<county>:monitoring:version}
 * is incremented after every committed change of the county or of one of its members, and the dashboard is
 * kept under {@code …:t:<county>:monitoring:dashboard:<version>:<period type>}, so a change makes every older
 * entry unreachable at once (they expire after {@link #TTL}). Without Redis the dashboard is computed each
 * time; an increment that failed is retried (and the county's cache bypassed here) until it succeeds, and
 * the TTL bounds how long another instance could serve an entry from before the change.
 */
@Component
public class DashboardCache {

	static final Duration TTL = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(DashboardCache.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StringRedisTemplate redis;

	private final RedisKeys keys;

	private final CountyMonitoring monitoring;

	private final AreaDirectory directory;

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	DashboardCache(StringRedisTemplate redis, RedisKeys keys, CountyMonitoring monitoring, AreaDirectory directory) {
		this.redis = redis;
		this.keys = keys;
		this.monitoring = monitoring;
		this.directory = directory;
	}

	/** The current tenant's (a county's) dashboard, from Redis when it is there and current. */
	public CountyDashboard dashboard(String county, PeriodType type) {
		Entry entry = entry(county, type);
		return entry.dashboard() != null ? entry.dashboard() : JSON.readValue(entry.json(), CountyDashboard.class);
	}

	/** The same as JSON, as the API answers it: from Redis without reading it into objects and back. */
	public String json(String county, PeriodType type) {
		Entry entry = entry(county, type);
		return entry.json() != null ? entry.json() : JSON.writeValueAsString(entry.dashboard());
	}

	/** A dashboard as found in Redis (JSON only), computed (both) or computed without Redis (object only). */
	private record Entry(String json, CountyDashboard dashboard) {
	}

	private Entry entry(String county, PeriodType type) {
		if (pending.contains(county) && !retry(county)) {
			return new Entry(null, monitoring.dashboard(type));
		}
		String key;
		try {
			String version = Optional.ofNullable(redis.opsForValue().get(versionKey(county))).orElse("0");
			key = keys.key(county, "monitoring", "dashboard", version, type.name());
			String cached = redis.opsForValue().get(key);
			if (cached != null) {
				return new Entry(cached, null);
			}
		}
		catch (DataAccessException ex) {
			log.warn("County dashboard computed without cache, Redis unavailable: {}", ex.getMessage());
			return new Entry(null, monitoring.dashboard(type));
		}
		CountyDashboard fresh = monitoring.dashboard(type);
		String json = JSON.writeValueAsString(fresh);
		try {
			redis.opsForValue().set(key, json, TTL);
		}
		catch (DataAccessException ex) {
			log.warn("County dashboard not cached, Redis unavailable: {}", ex.getMessage());
		}
		return new Entry(json, fresh);
	}

	/** After the commit: the changed tenant's county (itself, if it is one) gets a new version. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void changed(MonitoringChanged event) {
		directory.find(event.tenant().value())
			.filter(a -> a.kind() != AreaDirectory.Kind.CITY)
			.map(AreaDirectory.Area::districtKey)
			.ifPresent(county -> {
				if (!retry(county)) {
					log.warn("County dashboard of {} could not be invalidated now; retrying", county);
				}
			});
	}

	@Scheduled(fixedDelayString = "${mosaik.monitoring.invalidation-retry:PT15S}")
	void retryPending() {
		pending.forEach(this::retry);
	}

	private boolean retry(String county) {
		try {
			redis.opsForValue().increment(versionKey(county));
			redis.expire(versionKey(county), Duration.ofDays(30));
			pending.remove(county);
			return true;
		}
		catch (DataAccessException ex) {
			pending.add(county);
			return false;
		}
	}

	public String versionKey(String county) {
		return keys.key(county, "monitoring", "version");
	}
}

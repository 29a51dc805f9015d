package de.mosaik.infra.redis;

import java.util.ArrayList;
import java.util.List;

import de.mosaik.admin.offboarding.TenantKeys;

import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** A tenant's Redis keys, found by their prefix with SCAN (never KEYS, which blocks the server). */
@Component
class RedisTenantKeys implements TenantKeys {

	private final StringRedisTemplate redis;

	private final RedisKeys keys;

	RedisTenantKeys(StringRedisTemplate redis, RedisKeys keys) {
		this.redis = redis;
		this.keys = keys;
	}

	@Override
	public long deleteAll(String ags) {
		List<String> found = find(ags);
		return found.isEmpty() ? 0 : redis.delete(found);
	}

	@Override
	public long count(String ags) {
		return find(ags).size();
	}

	private List<String> find(String ags) {
		List<String> found = new ArrayList<>();
		ScanOptions pattern = ScanOptions.scanOptions().match(keys.key(ags) + ":*").count(1000).build();
		try (Cursor<String> cursor = redis.scan(pattern)) {
			cursor.forEachRemaining(found::add);
		}
		return found;
	}
}

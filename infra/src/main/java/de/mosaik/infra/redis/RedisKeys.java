package de.mosaik.infra.redis;

/**
 * Every Redis key Mosaik writes starts with this deployment's prefix and names its tenant (or
 * {@code platform}), so that keys of two deployments or tenants never meet and offboarding can find
 * all keys of a tenant.
 */
public record RedisKeys(String prefix) {

	public RedisKeys {
		if (prefix == null || prefix.isBlank()) {
			prefix = "mosaik:";
		}
	}

	/** e.g. {@code mosaik:t:03159016:ratelimit:user:…} or {@code mosaik:platform:…}. */
	public String key(String tenant, String... parts) {
		StringBuilder key = new StringBuilder(prefix).append(tenant == null ? "platform" : "t:" + tenant);
		for (String part : parts) {
			key.append(':').append(part);
		}
		return key.toString();
	}
}

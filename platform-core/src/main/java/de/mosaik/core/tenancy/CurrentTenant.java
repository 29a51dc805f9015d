package de.mosaik.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The tenant of the work running on this thread. Set only by the request's tenant filter or by a
 * background job, always around a unit of work, and cleared after it: a request never changes tenant
 * midway.
 */
@Component
public class CurrentTenant {

	private final ThreadLocal<TenantKey> current = new ThreadLocal<>();

	public Optional<TenantKey> get() {
		return Optional.ofNullable(current.get());
	}

	public TenantKey require() {
		return get().orElseThrow(() -> new IllegalStateException("No tenant is set for this unit of work"));
	}

	public <T> T callAs(TenantKey tenant, Supplier<T> work) {
		TenantKey previous = current.get();
		if (previous != null && !previous.equals(tenant)) {
			throw new IllegalStateException("A unit of work cannot change tenant from " + previous + " to " + tenant);
		}
		current.set(tenant);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				current.remove();
			}
		}
	}

	public void runAs(TenantKey tenant, Runnable work) {
		callAs(tenant, () -> {
			work.run();
			return null;
		});
	}
}

package de.mosaik.web.tasks;

import java.util.LinkedHashSet;
import java.util.Set;

import de.mosaik.web.security.Identities;
import de.mosaik.web.security.TenantAuthentication;

import org.springframework.security.core.Authentication;

/** The names a task's owner may carry for the signed-in person: display name and subject. */
final class Me {

	private Me() {
	}

	static Set<String> names(Authentication authentication) {
		Set<String> names = new LinkedHashSet<>();
		names.add(Identities.displayName(authentication));
		if (authentication instanceof TenantAuthentication tenant) {
			names.add(tenant.identity().subject());
		}
		names.add(authentication.getName());
		names.removeIf(n -> n == null || n.isBlank());
		return names;
	}
}

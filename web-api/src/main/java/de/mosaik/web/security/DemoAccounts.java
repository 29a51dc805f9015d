package de.mosaik.web.security;

import java.util.List;

import de.mosaik.core.tenancy.Role;

/**
 * The demo accounts of the built-in authorization server. They get their memberships from the demo
 * data (see {@code de.mosaik.web.demo}); the password of all of them is {@link #PASSWORD}.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "demo";

	/** One demo account: sign-in name, display name and the role it shows. */
	public record Account(String username, String displayName, Role role) {
	}

	public static final List<Account> ALL = List.of(
			new Account("operator", "Olga Operator", Role.PLATFORM_OPERATOR),
			new Account("coordinator", "Kemal Koordinator", Role.COUNTY_COORDINATOR),
			new Account("officer", "Ina Integration", Role.MUNICIPAL_OFFICER),
			new Account("counsellor", "Bea Beratung", Role.COUNSELLOR),
			new Account("viewer", "Vera Beirat", Role.VIEWER));

	private DemoAccounts() {
	}
}

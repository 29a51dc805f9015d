package de.mosaik.web.support;

import de.mosaik.admin.membership.Identity;
import de.mosaik.admin.membership.MembershipService;
import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;

import de.mosaik.web.security.DemoAccounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;

/** Councils and people for tests, made through the same services the operators use. */
@Component
public class Fixtures {

	private final OnboardingService onboarding;

	private final Tenants tenants;

	private final MembershipService memberships;

	private final OfficialRegister register;

	private final UserDetailsManager users;

	public Fixtures(OnboardingService onboarding, Tenants tenants, MembershipService memberships,
			OfficialRegister register, UserDetailsManager users) {
		this.users = users;
		this.register = register;
		this.onboarding = onboarding;
		this.tenants = tenants;
		this.memberships = memberships;
	}

	/** Onboards the council (and, for a municipality, its county) unless already there. */
	public Tenant council(String ags) {
		if (register.find(ags).orElseThrow().kind() == CouncilKind.MUNICIPALITY) {
			maybeOnboard(ags.substring(0, 5));
		}
		return maybeOnboard(ags);
	}

	private Tenant maybeOnboard(String ags) {
		Tenant tenant = tenants.findByAgs(ags).orElseGet(() -> onboarding.onboard(ags, "test"));
		if (tenant.getStatus() != TenantStatus.ACTIVE) {
			throw new IllegalStateException(ags + " is " + tenant.getStatus() + ": " + tenant.getLastError());
		}
		return tenant;
	}

	/**
	 * A person who can sign in at the built-in issuer with password {@code demo}, beside the demo accounts:
	 * browser test classes use people of their own, so that memberships of one class never change what
	 * another class's people see.
	 */
	public String person(String username) {
		if (!users.userExists(username)) {
			users.createUser(User.withUsername(username).password("{noop}" + DemoAccounts.PASSWORD).roles("USER").build());
		}
		return username;
	}

	/** Gives a person (subject at the built-in issuer) a role in a council, or on the platform. */
	public void grant(String subject, String ags, Role role) {
		Tenant tenant = ags == null ? null : tenants.findByAgs(ags).orElseThrow();
		memberships.grant(new Identity(IntegrationTest.BASE_URL, subject), tenant, role, subject);
	}
}

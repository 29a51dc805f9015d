package de.mosaik.web.demo;

import java.util.List;

import de.mosaik.admin.membership.Identity;
import de.mosaik.admin.membership.MembershipService;
import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.security.DemoAccounts;
import de.mosaik.web.security.MosaikProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Onboards Landkreis Göttingen (03159) with three of its members, gives the demo accounts their roles
 * and a few partner organisations to the network ({@link DemoNetwork}), once: a restart finds them and
 * changes nothing. Only in the default run with the built-in issuer.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mosaik.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String COUNTY = "03159";

	static final String CITY = "03159016";

	static final List<String> MEMBERS = List.of(CITY, "03159010", "03159017");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OnboardingService onboarding;

	private final Tenants tenants;

	private final MembershipService memberships;

	private final MosaikProperties properties;

	private final DemoNetwork network;

	DemoData(OnboardingService onboarding, Tenants tenants, MembershipService memberships, MosaikProperties properties,
			DemoNetwork network) {
		this.network = network;
		this.onboarding = onboarding;
		this.tenants = tenants;
		this.memberships = memberships;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.oidc().configured()) {
			return;
		}
		for (String ags : concat(COUNTY, MEMBERS)) {
			if (tenants.findByAgs(ags).isEmpty()) {
				log.info("Demo data: onboarding {}", ags);
				onboarding.onboard(ags, "system:demo");
			}
		}
		Tenant county = tenants.findByAgs(COUNTY).orElseThrow();
		Tenant city = tenants.findByAgs(CITY).orElseThrow();
		Tenant duderstadt = tenants.findByAgs("03159010").orElseThrow();
		grant("operator", null, Role.PLATFORM_OPERATOR);
		grant("coordinator", county, Role.COUNTY_COORDINATOR);
		grant("officer", city, Role.MUNICIPAL_OFFICER);
		grant("officer", duderstadt, Role.MUNICIPAL_OFFICER);
		grant("counsellor", city, Role.COUNSELLOR);
		grant("viewer", city, Role.VIEWER);
		network.seed(COUNTY, CITY, MEMBERS);
	}

	private void grant(String username, Tenant tenant, Role role) {
		String displayName = DemoAccounts.ALL.stream()
			.filter(a -> a.username().equals(username))
			.findFirst()
			.orElseThrow()
			.displayName();
		memberships.grant(new Identity(properties.baseUrl(), username), tenant, role, displayName);
	}

	private static List<String> concat(String first, List<String> rest) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
	}
}

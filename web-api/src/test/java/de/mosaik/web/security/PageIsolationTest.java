package de.mosaik.web.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' side of the isolation matrix: every page under /app/{tenant}/…, for a council the
 * signed-in person has no role in, with every role, is the 404 page, and changes nothing. Generated
 * from the request mappings, as the API's matrix in {@link TenantIsolationTest}.
 */
class PageIsolationTest extends IntegrationTest {

	// own council: Landkreis Rotenburg's Bremervörde; foreign: its sibling Zeven, the county, and a city elsewhere
	static final String OWN = "03357008";

	static final List<String> FOREIGN = List.of("03357050", "03357", "03404000");

	static final List<Role> TENANT_ROLES = List.of(Role.MUNICIPAL_OFFICER, Role.COUNTY_COORDINATOR, Role.COUNSELLOR,
			Role.VIEWER);

	@Autowired
	Fixtures fixtures;

	@Autowired
	DataSource dataSource;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MockMvc mvc;

	@BeforeEach
	void councils() {
		mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.build();
		Stream.concat(Stream.of(OWN), FOREIGN.stream()).forEach(fixtures::council);
		for (Role role : TENANT_ROLES) {
			fixtures.grant("page-" + role.name().toLowerCase(), OWN, role);
		}
		fixtures.grant("page-operator", null, Role.PLATFORM_OPERATOR);
	}

	/** One page route under /app/{tenant}, with a method. */
	record Route(RequestMethod method, String pattern) {

		String path(String tenant) {
			return pattern.replace("{tenant}", tenant).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}
	}

	List<Route> tenantRoutes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/app/{tenant}")) {
					info.getMethodsCondition().getMethods().forEach(m -> routes.add(new Route(m, pattern)));
				}
			}
		}
		return routes;
	}

	@TestFactory
	Stream<DynamicTest> everyTenantPageIsNotFoundForAForeignCouncilWithEveryRole() {
		List<Route> routes = tenantRoutes();
		assertThat(routes).as("tenant pages found").hasSizeGreaterThanOrEqualTo(8);
		List<String> people = new ArrayList<>(TENANT_ROLES.stream().map(r -> "page-" + r.name().toLowerCase()).toList());
		people.add("page-operator");
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : routes) {
			for (String foreign : FOREIGN) {
				for (String person : people) {
					tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path(foreign) + " as " + person, () -> {
						long before = departments(foreign);
						MvcResult result = mvc.perform(request(route.method(), route.path(foreign), person)).andReturn();
						assertThat(result.getResponse().getStatus()).as(route.path(foreign)).isEqualTo(404);
						assertThat(departments(foreign)).isEqualTo(before);
					}));
				}
			}
		}
		return tests.stream();
	}

	@Test
	void theSamePeopleSeeTheirOwnCouncil() throws Exception {
		for (Role role : TENANT_ROLES) {
			MvcResult result = mvc.perform(request(RequestMethod.GET, "/app/" + OWN + "/departments",
					"page-" + role.name().toLowerCase())).andReturn();
			assertThat(result.getResponse().getStatus()).as(role.name()).isEqualTo(200);
		}
	}

	private MockHttpServletRequestBuilder request(RequestMethod method, String path, String subject) {
		return MockMvcRequestBuilders.request(method.asHttpMethod(), path)
			.param("name", "Eingeschleust")
			.param("version", "0")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.with(SecurityMockMvcRequestPostProcessors.oidcLogin()
				.idToken(token -> token.issuer(BASE_URL).subject(subject)));
	}

	private long departments(String ags) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select count(*) from t_" + ags + ".department")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

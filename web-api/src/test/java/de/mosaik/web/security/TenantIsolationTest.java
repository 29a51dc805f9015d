package de.mosaik.web.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker would try: every tenant endpoint of the API, for a tenant the caller does not
 * belong to, with every role; and tokens that are forged, expired or from another issuer. The matrix
 * is generated from the application's own request mappings, so a new endpoint is covered by itself.
 */
class TenantIsolationTest extends IntegrationTest {

	// own tenant: Olpe's member Attendorn; foreign: its sibling Drolshagen, the county Olpe, and Merzig in another state
	static final String OWN = "05966004";

	static final List<String> FOREIGN = List.of("05966008", "05966", "10042111");

	static final List<Role> TENANT_ROLES = List.of(Role.MUNICIPAL_OFFICER, Role.COUNTY_COORDINATOR, Role.COUNSELLOR,
			Role.VIEWER);

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void councils() {
		Stream.concat(Stream.of(OWN), FOREIGN.stream()).forEach(fixtures::council);
		for (Role role : TENANT_ROLES) {
			fixtures.grant("iso-" + role.name().toLowerCase(), OWN, role);
		}
		fixtures.grant("iso-operator", null, Role.PLATFORM_OPERATOR);
	}

	/** One endpoint under /api/v1/tenants/{tenant}/…, with a method. */
	record Endpoint(RequestMethod method, String pattern) {

		String path(String tenant) {
			return pattern.replace("{tenant}", tenant).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}
	}

	List<Endpoint> tenantEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/tenants/{tenant}")) {
					info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(new Endpoint(m, pattern)));
				}
			}
		}
		return endpoints;
	}

	@TestFactory
	Stream<DynamicTest> everyTenantEndpointIsNotFoundForAForeignTenantWithEveryRole() {
		List<Endpoint> endpoints = tenantEndpoints();
		assertThat(endpoints).as("tenant endpoints found").hasSizeGreaterThanOrEqualTo(5);
		Tokens tokens = new Tokens(encoder);
		List<DynamicTest> tests = new ArrayList<>();
		List<String> callers = new ArrayList<>(TENANT_ROLES.stream().map(r -> "iso-" + r.name().toLowerCase()).toList());
		callers.add("iso-operator");
		for (Endpoint endpoint : endpoints) {
			for (String foreign : FOREIGN) {
				for (String caller : callers) {
					tests.add(DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.path(foreign) + " as " + caller,
							() -> {
								long before = departments(foreign);
								Api.Response response = Api.as(tokens.forSubject(caller))
									.send(endpoint.method().name(), endpoint.path(foreign),
											endpoint.method() == RequestMethod.GET || endpoint.method() == RequestMethod.DELETE
													? null : Map.of("name", "Eingeschleust"),
											Map.of("If-Match", "\"0\""));
								assertThat(response.status()).as(response.toString()).isEqualTo(404);
								assertThat(response.json().get("detail").asString())
									.isEqualTo("The requested resource does not exist.");
								assertThat(departments(foreign)).isEqualTo(before);
							}));
				}
			}
		}
		return tests.stream();
	}

	@Test
	void theSameCallersReachTheirOwnTenant() {
		Tokens tokens = new Tokens(encoder);
		for (Role role : TENANT_ROLES) {
			Api.Response own = Api.as(tokens.forSubject("iso-" + role.name().toLowerCase()))
				.get("/api/v1/tenants/" + OWN + "/departments");
			assertThat(own.status()).as(role + ": " + own).isEqualTo(200);
		}
	}

	@Test
	void aMissingTenantAndAMalformedKeyLookExactlyLikeAForeignOne() {
		Api officer = Api.as(new Tokens(encoder).forSubject("iso-municipal_officer"));
		Api.Response foreign = officer.get("/api/v1/tenants/" + FOREIGN.get(0) + "/departments");
		Api.Response missing = officer.get("/api/v1/tenants/09162000/departments");
		Api.Response malformed = officer.get("/api/v1/tenants/x'%20or%201=1/departments");
		assertThat(List.of(foreign.status(), missing.status(), malformed.status())).containsOnly(404);
		assertThat(missing.raw().body()).isEqualTo(foreign.raw().body());
	}

	@Test
	void forgedExpiredAndForeignIssuerTokensAreRefused() throws Exception {
		Tokens tokens = new Tokens(encoder);
		String path = "/api/v1/tenants/" + OWN + "/departments";
		String subject = "iso-municipal_officer";

		String wrongIssuer = tokens.token("https://evil.example/realms/mosaik", subject, Instant.now(), Duration.ofMinutes(5));
		String expired = tokens.token(BASE_URL, subject, Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(5));
		String otherKey = new Tokens(foreignEncoder()).forSubject(subject);
		String valid = tokens.forSubject(subject);
		String[] parts = valid.split("\\.");
		String tamperedPayload = parts[0] + "." + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[1])).replace(subject, "iso-operator").getBytes())
				+ "." + parts[2];
		String algNone = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
				+ parts[1] + ".";

		for (String forged : List.of(wrongIssuer, expired, otherKey, tamperedPayload, algNone, "not-a-jwt")) {
			Api.Response response = Api.as(forged).get(path);
			assertThat(response.status()).as(response.toString()).isEqualTo(401);
			assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		}
		assertThat(Api.anonymous().get(path).status()).isEqualTo(401);

		Api.Response stranger = Api.as(tokens.forSubject("iso-nobody")).get(path);
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(Api.as(valid).get(path).status()).isEqualTo(200);
	}

	private static JwtEncoder foreignEncoder() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
			.keyID("attacker")
			.build();
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
	}

	private long departments(String ags) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select count(*) from t_" + ags + ".department")) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

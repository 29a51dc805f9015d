package de.mosaik.web.councils;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingApiTest extends IntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	DataSource dataSource;

	@Value("${mosaik.tenancy.role-prefix}")
	String rolePrefix;

	Api operator;

	@BeforeEach
	void operator() {
		fixtures.grant("onb-operator", null, Role.PLATFORM_OPERATOR);
		operator = Api.as(new Tokens(encoder).forSubject("onb-operator"));
	}

	@Test
	void onboardingACountyTakesTheOfficialNameAndProvisionsSchemaRoleAndStandardData() throws SQLException {
		Api.Response created = operator.post("/api/v1/platform/councils", Map.of("ags", "03157"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("name").asString()).isEqualTo("Peine");
		assertThat(created.json().get("kind").asString()).isEqualTo("COUNTY");
		assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(created.json().get("migrationState").asString()).isEqualTo("CURRENT");

		assertThat(count("select count(*) from pg_namespace where nspname = 't_03157'")).isEqualTo(1);
		assertThat(count("select count(*) from pg_roles where rolname = '" + rolePrefix + "t_03157'")).isEqualTo(1);
		assertThat(count("select count(*) from t_03157.department")).isEqualTo(4);
		assertThat(count("select count(*) from platform.audit_entry where target = '03157' and action = 'tenant.provisioned'"))
			.isEqualTo(1);

		Api.Response member = operator.post("/api/v1/platform/councils", Map.of("ags", "03157001"));
		assertThat(member.status()).isEqualTo(201);
		assertThat(member.json().get("parentAgs").asString()).isEqualTo("03157");
		assertThat(member.json().get("kind").asString()).isEqualTo("MUNICIPALITY");
	}

	@Test
	void unknownMalformedDuplicateAndOrphanKeysAreRefusedAndNothingIsCreated() throws SQLException {
		long tenantsBefore = count("select count(*) from platform.tenant");

		Api.Response malformed = operator.post("/api/v1/platform/councils", Map.of("ags", "12ab"));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("ags");

		Api.Response unknown = operator.send("POST", "/api/v1/platform/councils", Map.of("ags", "09999999"),
				Map.of("Accept-Language", "en"));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("type").asString()).isEqualTo("urn:mosaik:problem:onboarding/unknown-key");
		assertThat(unknown.json().get("errors").get(0).get("message").asString())
			.isEqualTo("The key 09999999 is not in the official municipality directory.");

		// Landkreis Leer (03457) is not onboarded: its member Borkum cannot be
		Api.Response orphan = operator.post("/api/v1/platform/councils", Map.of("ags", "03457002"));
		assertThat(orphan.status()).isEqualTo(409);
		assertThat(orphan.json().get("type").asString()).isEqualTo("urn:mosaik:problem:onboarding/county-not-onboarded");

		Api.Response cityAsCounty = operator.post("/api/v1/platform/onboarding-jobs", Map.of("ags", "03101000"));
		assertThat(cityAsCounty.status()).isEqualTo(422);

		assertThat(count("select count(*) from platform.tenant")).isEqualTo(tenantsBefore);
		assertThat(count("select count(*) from pg_namespace where nspname = 't_03457002'")).isZero();

		fixtures.council("03455");
		Api.Response twice = operator.post("/api/v1/platform/councils", Map.of("ags", "03455"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("type").asString()).isEqualTo("urn:mosaik:problem:onboarding/already-onboarded");
	}

	@Test
	void aWholeCountyIsOnboardedAsAJobWithProgress() throws Exception {
		Api.Response started = operator.post("/api/v1/platform/onboarding-jobs", Map.of("ags", "03153"));
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		assertThat(started.json().get("total").asInt()).isEqualTo(8); // Goslar and its 7 members
		String location = started.header("Location");

		JsonNode job = waitForJob(location);
		assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.get("done").asInt()).isEqualTo(8);
		assertThat(job.get("failed").asInt()).isZero();
		assertThat(job.get("percent").asInt()).isEqualTo(100);

		Api.Response members = operator.get("/api/v1/platform/councils?q=0315&size=50&status=active");
		assertThat(members.json().get("content").findValuesAsString("ags")).contains("03153", "03153002", "03153017");
		assertThat(count("select count(*) from platform.tenant where ags like '03153%' and status = 'ACTIVE'"))
			.isEqualTo(8);

		Api.Response again = operator.post("/api/v1/platform/onboarding-jobs", Map.of("ags", "03153"));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void aFailedProvisioningLeavesNoActiveTenantAndARetryCompletesIt() throws SQLException {
		// an obstacle: a table where the changelog wants to create its own
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute("create schema t_03252");
			sql.execute("create table t_03252.department (id int)");
		}
		Api.Response failed = operator.post("/api/v1/platform/councils", Map.of("ags", "03252"));
		assertThat(failed.status()).isEqualTo(202);
		assertThat(failed.json().get("status").asString()).isEqualTo("PROVISIONING");
		assertThat(failed.json().get("lastError").asString()).contains("department");

		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute("drop table t_03252.department");
		}
		Api.Response retried = operator.post("/api/v1/platform/councils/03252/provisioning", null);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(retried.json().get("lastError").isNull()).isTrue();
		assertThat(count("select count(*) from t_03252.department")).isEqualTo(4);
	}

	@Test
	void onlyOperatorsOnboard() {
		fixtures.council("03455");
		fixtures.grant("onb-coordinator", "03455", Role.COUNTY_COORDINATOR);
		Api coordinator = Api.as(new Tokens(encoder).forSubject("onb-coordinator"));
		assertThat(coordinator.post("/api/v1/platform/councils", Map.of("ags", "03455001")).status()).isEqualTo(403);
		assertThat(coordinator.get("/api/v1/platform/councils").status()).isEqualTo(403);
		assertThat(Api.anonymous().get("/api/v1/platform/councils").status()).isEqualTo(401);
	}

	private JsonNode waitForJob(String location) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		JsonNode job = operator.get(location).json();
		while (job.get("finishedAt").isNull() && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			job = operator.get(location).json();
		}
		return job;
	}

	private long count(String query) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

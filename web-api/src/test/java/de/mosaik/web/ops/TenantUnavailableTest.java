package de.mosaik.web.ops;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.browser.Browser;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration run that fails at one council of several (Landkreis Böblingen's Aidlingen, Stadt Böblingen
 * and Bondorf, migrated in this order) leaves the others migrated and working; the failed one, whose
 * schema is between two versions, answers 503 with {@code Retry-After} to its own people (and 404, as
 * ever, to everyone else) until a rerun after the fix has brought it to the current version, with its
 * data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantUnavailableTest extends IntegrationTest {

	static final String AIDLINGEN = "08115001";

	static final String BOEBLINGEN = "08115003";

	static final String BONDORF = "08115004";

	static final List<String> COUNCILS = List.of(AIDLINGEN, BOEBLINGEN, BONDORF);

	@Autowired
	Fixtures fixtures;

	@Autowired
	MigrationService migrations;

	@Autowired
	Tenants tenants;

	@Autowired
	DataSource dataSource;

	@Autowired
	JwtEncoder encoder;

	Browser browser;

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aMigrationFailingAtOneCouncilLeavesTheOthersWorkingAndTheFailedOneUnavailableUntilARerun() throws Exception {
		COUNCILS.forEach(fixtures::council);
		String officerName = fixtures.person("unav-officer");
		COUNCILS.forEach(ags -> fixtures.grant(officerName, ags, Role.MUNICIPAL_OFFICER));
		fixtures.grant("unav-neighbour", AIDLINGEN, Role.MUNICIPAL_OFFICER);
		Tokens tokens = new Tokens(encoder);
		Api officer = Api.as(tokens.forSubject(officerName));
		Api neighbour = Api.as(tokens.forSubject("unav-neighbour"));
		assertThat(officer.post(tasks(BOEBLINGEN), Map.of("title", "Willkommensmappe drucken")).status()).isEqualTo(201);

		BrokenTenant broken = new BrokenTenant(dataSource, BOEBLINGEN);
		try {
			new BrokenTenant(dataSource, AIDLINGEN).putBehind();
			new BrokenTenant(dataSource, BONDORF).putBehind();
			broken.breakIt();

			MigrationRun run = migrations.runAll("test");
			assertThat(run.getStatus()).isEqualTo(MigrationRun.Status.COMPLETED_WITH_ERRORS);
			String target = migrations.targetVersion();
			for (String migrated : List.of(AIDLINGEN, BONDORF)) {
				Tenant tenant = tenants.findByAgs(migrated).orElseThrow();
				assertThat(tenant.getMigrationState()).as(migrated).isEqualTo(MigrationState.CURRENT);
				assertThat(tenant.getSchemaVersion()).as(migrated).isEqualTo(target);
				assertThat(officer.get(tasks(migrated)).status()).as(migrated).isEqualTo(200);
			}
			assertThat(tenants.findByAgs(BOEBLINGEN).orElseThrow().getMigrationState()).isEqualTo(MigrationState.FAILED);

			for (Api.Response refused : List.of(officer.get(tasks(BOEBLINGEN)),
					officer.post(tasks(BOEBLINGEN), Map.of("title", "Während der Umstellung")),
					officer.get("/api/v1/tenants/" + BOEBLINGEN + "/departments"))) {
				assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
				assertThat(refused.header("Retry-After")).isEqualTo("300");
				assertThat(refused.json().get("type").asString()).isEqualTo("urn:mosaik:problem:tenant-unavailable");
			}
			Api.Response english = officer.send("GET", tasks(BOEBLINGEN), null, Map.of("Accept-Language", "en"));
			assertThat(english.json().get("detail").asString()).contains("Other councils are not affected");
			// whoever has no role there still cannot tell the council from a missing one
			Api.Response foreign = neighbour.get(tasks(BOEBLINGEN));
			assertThat(foreign.status()).isEqualTo(404);
			assertThat(foreign.raw().body()).isEqualTo(neighbour.get(tasks("09162000")).raw().body());
			JsonNode me = officer.get("/api/v1/me").json().get("tenants");
			assertThat(me.findValuesAsString("migrationState")).containsExactlyInAnyOrder("CURRENT", "FAILED", "CURRENT");

			browser = Browser.start();
			browser.signInAs(officerName).open("/app/" + BOEBLINGEN + "/tasks");
			assertThat(browser.text("h1")).isEqualTo("Diese Kommune ist vorübergehend nicht erreichbar");
			assertThat(browser.text("#error-text")).contains("Die Daten von Böblingen, Stadt werden gerade")
				.contains("Es gehen keine Daten verloren");
			assertThat(browser.text("#error-next")).startsWith("Ihre anderen Kommunen erreichen Sie wie gewohnt");
			browser.assertAccessible();
			browser.open("/app/" + BOEBLINGEN + "/tasks?lang=en");
			assertThat(browser.text("h1")).isEqualTo("This council is temporarily unavailable");
			assertThat(browser.text("#error-text")).startsWith("Böblingen, Stadt's data is being moved");
			browser.assertAccessible();
			browser.open("/app/" + BONDORF + "/tasks?lang=de");
			assertThat(browser.title()).doesNotContain("nicht erreichbar");
			assertThat(browser.has("#error-heading")).isFalse();

			broken.mend();
			MigrationRun rerun = migrations.runAll("test");
			assertThat(rerun.getFailed()).isZero();
			assertThat(tenants.findByAgs(BOEBLINGEN).orElseThrow().getMigrationState()).isEqualTo(MigrationState.CURRENT);
			Api.Response back = officer.get(tasks(BOEBLINGEN) + "?q=Willkommensmappe");
			assertThat(back.status()).isEqualTo(200);
			assertThat(back.json().get("totalElements").asLong()).as("the council's data survived").isEqualTo(1);
			browser.open("/app/" + BOEBLINGEN + "/tasks");
			assertThat(browser.has("#error-heading")).isFalse();
		}
		finally {
			broken.mend();
			if (tenants.findByAgs(BOEBLINGEN).orElseThrow().getMigrationState() != MigrationState.CURRENT) {
				migrations.runAll("test");
			}
		}
	}

	private static String tasks(String ags) {
		return "/api/v1/tenants/" + ags + "/tasks";
	}
}

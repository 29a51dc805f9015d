package de.mosaik.web.suspension;

import java.util.Map;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.browser.Browser;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suspended council (Landkreis Emsland's Haren, 03454018) reads but changes nothing, by API and in
 * the browser; the operator suspends and resumes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuspensionTest extends IntegrationTest {

	static final String HAREN = "03454018";

	static final String DEPARTMENTS = "/api/v1/tenants/" + HAREN + "/departments";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api operator;

	Api officer;

	Browser browser;

	@BeforeAll
	void councilAndPeople() {
		fixtures.council(HAREN);
		fixtures.grant(fixtures.person("susp-officer"), HAREN, Role.MUNICIPAL_OFFICER);
		fixtures.grant(fixtures.person("susp-operator"), null, Role.PLATFORM_OPERATOR);
		Tokens tokens = new Tokens(encoder);
		operator = Api.as(tokens.forSubject("susp-operator"));
		officer = Api.as(tokens.forSubject("susp-officer"));
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aSuspendedCouncilReadsButEveryChangeIsRefusedUntilResumed() {
		Api.Response refused = operator.post("/api/v1/platform/councils/" + HAREN + "/suspension", Map.of("reason", " "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

		Api.Response suspended = operator.post("/api/v1/platform/councils/" + HAREN + "/suspension",
				Map.of("reason", "Rechnung 2026-11 offen"));
		assertThat(suspended.status()).isEqualTo(200);
		assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
		assertThat(operator.post("/api/v1/platform/councils/" + HAREN + "/suspension", Map.of("reason", "again"))
			.status()).isEqualTo(409);

		long before = officer.get(DEPARTMENTS).json().get("totalElements").asLong();
		Api.Response write = officer.post(DEPARTMENTS, Map.of("name", "Integrationsbüro"));
		assertThat(write.status()).isEqualTo(423);
		assertThat(write.json().get("type").asString()).isEqualTo("urn:mosaik:problem:tenant-suspended");
		String id = officer.get(DEPARTMENTS).json().get("content").get(0).get("id").asString();
		assertThat(officer.put(DEPARTMENTS + "/" + id, Map.of("name", "Neu"), "\"0\"").status()).isEqualTo(423);
		assertThat(officer.delete(DEPARTMENTS + "/" + id, "\"0\"").status()).isEqualTo(423);
		assertThat(officer.get(DEPARTMENTS).json().get("totalElements").asLong()).isEqualTo(before);
		assertThat(officer.get("/api/v1/me").json().get("tenants").get(0).get("status").asString()).isEqualTo("SUSPENDED");

		Api.Response resumed = operator.delete("/api/v1/platform/councils/" + HAREN + "/suspension", null);
		assertThat(resumed.status()).isEqualTo(200);
		assertThat(resumed.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(officer.post(DEPARTMENTS, Map.of("name", "Integrationsbüro")).status()).isEqualTo(201);
		assertThat(officer.post("/api/v1/platform/councils/" + HAREN + "/suspension", Map.of("reason", "x")).status())
			.isEqualTo(403);
	}

	@Test
	void theOperatorSuspendsInTheBrowserAndTheOfficerSeesWhy() {
		browser = Browser.start();
		browser.signInAs("susp-operator").open("/app/platform/councils/" + HAREN);
		assertThat(browser.text("h1")).isEqualTo("Haren (Ems), Stadt");
		assertThat(browser.text("#billing-none")).contains("Kreispaket ihres Landkreises");
		browser.assertAccessible();
		browser.open("/app/platform/councils/03454");
		assertThat(browser.text("#billing-plan")).isEqualTo("Kreispaket (je aktiver Gemeinde)");
		assertThat(browser.text("#billing-status")).isEqualTo("Testzeitraum");
		browser.assertAccessible();
		browser.click("#override-submit");
		assertThat(browser.text("#override-error")).isEqualTo("Bitte geben Sie einen Grund und ein Datum in der Zukunft an.");
		browser.type("#details-leitweg", "12345").click("#details-submit");
		assertThat(browser.text("#details-errors")).contains("Leitweg-ID hat die Form");
		browser.assertAccessible();
		browser.type("#details-leitweg", "03454000-001-72").type("#details-postal", "49716").click("#details-submit");
		assertThat(browser.attribute("#details-leitweg", "value")).isEqualTo("03454000-001-72");
		browser.open("/app/platform/councils/" + HAREN);
		browser.click("#suspend-heading ~ form button[type=submit]");
		assertThat(browser.text("#reason-error")).isEqualTo("Bitte geben Sie einen Grund für die Sperre an.");
		assertThat(browser.text("#confirm-error")).isEqualTo("Bitte bestätigen Sie, dass die Kommune informiert ist.");
		browser.assertAccessible();
		browser.type("#reason", "Rechnung 2026-11 offen").tick("#confirm");
		browser.click("#suspend-heading ~ form button[type=submit]");
		assertThat(browser.text("#council-status")).isEqualTo("Gesperrt");
		assertThat(browser.text("#council-suspension-reason")).isEqualTo("Rechnung 2026-11 offen");
		browser.assertAccessible();

		browser.signOut().signInAs("susp-officer").open("/app/" + HAREN + "/departments");
		assertThat(browser.text("#suspension-notice")).contains("gesperrt").contains("Rechnung 2026-11 offen");
		browser.assertAccessible();
		browser.open("/app/" + HAREN + "/departments/new");
		browser.type("#name", "Büro für Teilhabe");
		browser.click("main form.panel button[type=submit]");
		assertThat(browser.text("h1")).isEqualTo("Zugang gesperrt");
		browser.assertAccessible();

		browser.signOut().signInAs("susp-operator").open("/app/platform/councils/" + HAREN);
		browser.click("#resume-heading ~ form button[type=submit]");
		assertThat(browser.text("#council-status")).isEqualTo("Aktiv");
	}
}

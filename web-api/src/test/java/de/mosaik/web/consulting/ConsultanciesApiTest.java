package de.mosaik.web.consulting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultancies over HTTP. This class's councils: Edermünde in the Schwalm-Eder-Kreis, and Frielendorf,
 * which gets suspended.
 */
class ConsultanciesApiTest extends IntegrationTest {

	static final String TENANT = "06634002";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	static final String SUSPENDED = "06634004";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api officer;

	Api coordinator;

	Api viewer;

	Api counsellor;

	@BeforeEach
	void council() {
		fixtures.council(TENANT);
		fixtures.grant("consult-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("consult-coordinator", TENANT, Role.COUNTY_COORDINATOR);
		fixtures.grant("consult-viewer", TENANT, Role.VIEWER);
		fixtures.grant("consult-counsellor", TENANT, Role.COUNSELLOR);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("consult-officer"));
		coordinator = Api.as(tokens.forSubject("consult-coordinator"));
		viewer = Api.as(tokens.forSubject("consult-viewer"));
		counsellor = Api.as(tokens.forSubject("consult-counsellor"));
	}

	private static Map<String, Object> consultancy(String organisation, String from, String to, Object planned) {
		Map<String, Object> body = new HashMap<>();
		body.put("organisation", organisation);
		body.put("organisationNote", "Ansprechperson über das Vergabeportal");
		body.put("contractReference", "VG-2025-017");
		body.put("scope", "Moderation der Beteiligung und Entwurf des Integrationskonzepts");
		body.put("periodFrom", from);
		body.put("periodTo", to);
		body.put("budgetPlanned", planned);
		body.put("budgetSpent", 0);
		return body;
	}

	@Test
	void aConsultancyIsRecordedForAConceptVersionAndChangedWithEtags() {
		String concept = officer.post(BASE + "/concepts", Map.of("title", "Konzept Edermünde")).json().get("id").asString();
		Map<String, Object> body = consultancy("Institut für Sozialplanung", "2025-01-01", "2025-12-31", "24000.00");
		body.put("conceptId", concept);
		Api.Response created = coordinator.post(BASE + "/consultancies", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("currency").asString()).isEqualTo("EUR");
		assertThat(created.json().get("conceptId").asString()).isEqualTo(concept);
		String path = BASE + "/consultancies/" + created.json().get("id").asString();

		body.put("budgetSpent", "12500.50");
		assertThat(officer.put(path, body, null).status()).isEqualTo(428);
		Api.Response updated = officer.put(path, body, created.header("ETag"));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("budgetSpent").decimalValue()).isEqualByComparingTo("12500.50");
		assertThat(officer.put(path, body, created.header("ETag")).status()).isEqualTo(412);

		assertThat(counsellor.get(path).status()).isEqualTo(200);
		assertThat(viewer.get(BASE + "/consultancies?conceptId=" + concept).json().get("content").findValuesAsString("organisation"))
			.containsExactly("Institut für Sozialplanung");
		assertThat(viewer.put(path, body, updated.header("ETag")).status()).isEqualTo(403);
		assertThat(viewer.post(BASE + "/consultancies", body).status()).isEqualTo(403);

		// the concept version goes, the consultancy stays without the link
		assertThat(officer.delete(BASE + "/concepts/" + concept, "\"0\"").status()).isEqualTo(204);
		assertThat(officer.get(path).json().get("conceptId").isNull()).isTrue();
		assertThat(officer.delete(path, updated.header("ETag")).status()).as("the link's removal changed the row in the database only")
			.isEqualTo(204);
	}

	@Test
	void aPeriodEndingBeforeItStartsANegativeBudgetAndAnUnknownConceptAreRefused() {
		long before = officer.get(BASE + "/consultancies").json().get("totalElements").asLong();
		Api.Response backwards = officer.send("POST", BASE + "/consultancies",
				consultancy("Büro Weitblick", "2025-06-01", "2025-05-31", 100), Map.of("Accept-Language", "de"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("periodTo");
		assertThat(backwards.json().get("errors").get(0).get("message").asString()).isEqualTo("Das Ende darf nicht vor dem Beginn liegen.");

		Api.Response negative = officer.send("POST", BASE + "/consultancies",
				consultancy("Büro Weitblick", "2025-06-01", "2025-06-30", -5), Map.of("Accept-Language", "en"));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("budgetPlanned");
		assertThat(negative.json().get("errors").get(0).get("message").asString()).isEqualTo("The amount must not be negative.");

		Map<String, Object> unknownConcept = consultancy("Büro Weitblick", "2025-06-01", "2025-06-30", 5);
		unknownConcept.put("conceptId", "00000000-0000-0000-0000-00000000cafe");
		Api.Response unknown = officer.post(BASE + "/consultancies", unknownConcept);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("conceptId");

		Map<String, Object> missing = new HashMap<>();
		missing.put("organisation", " ");
		Api.Response empty = officer.post(BASE + "/consultancies", missing);
		assertThat(empty.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("organisation", "scope", "periodFrom", "periodTo");
		assertThat(officer.get(BASE + "/consultancies").json().get("totalElements").asLong()).isEqualTo(before);
	}

	@Test
	void aSuspendedCouncilReadsItsConsultanciesAnalysesAndReportButChangesNothing() {
		fixtures.council(SUSPENDED);
		fixtures.grant("consult-suspended-officer", SUSPENDED, Role.MUNICIPAL_OFFICER);
		fixtures.grant("consult-operator", null, Role.PLATFORM_OPERATOR);
		Tokens tokens = new Tokens(encoder);
		Api local = Api.as(tokens.forSubject("consult-suspended-officer"));
		String base = "/api/v1/tenants/" + SUSPENDED;
		String concept = local.post(base + "/concepts", Map.of("title", "Konzept Frielendorf")).json().get("id").asString();
		Api.Response suspended = Api.as(tokens.forSubject("consult-operator"))
			.post("/api/v1/platform/councils/" + SUSPENDED + "/suspension", Map.of("reason", "Rechnung offen"));
		assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

		assertThat(local.get(base + "/consultancies").status()).isEqualTo(200);
		assertThat(local.get(base + "/needs-analyses").status()).isEqualTo(200);
		assertThat(local.get(base + "/concepts/" + concept + "/status-report").status()).isEqualTo(200);
		for (String path : List.of("/consultancies", "/needs-analyses", "/framework/adoptions")) {
			Api.Response refused = local.post(base + path, consultancy("Büro Weitblick", "2025-06-01", "2025-06-30", 1));
			assertThat(refused.status()).as(path).isEqualTo(423);
			assertThat(refused.json().get("type").asString()).isEqualTo("urn:mosaik:problem:tenant-suspended");
		}
		assertThat(local.get(base + "/consultancies").json().get("totalElements").asInt()).isZero();
	}

	@Test
	void theListIsPagedSortedAndSearched() {
		for (String name : List.of("Agentur Brückenschlag", "Caritas Beratung", "Zentrum für Migration")) {
			assertThat(officer.post(BASE + "/consultancies", consultancy(name, "2024-01-01", "2024-06-30", 1000)).status()).isEqualTo(201);
		}
		Api.Response page = viewer.get(BASE + "/consultancies?sort=organisation,desc&size=2");
		assertThat(page.json().get("content").get(0).get("organisation").asString()).isEqualTo("Zentrum für Migration");
		assertThat(page.json().get("size").asInt()).isEqualTo(2);
		assertThat(viewer.get(BASE + "/consultancies?q=brücken").json().get("content").findValuesAsString("organisation"))
			.containsExactly("Agentur Brückenschlag");
		assertThat(viewer.get(BASE + "/consultancies?q=vg-2025").json().get("totalElements").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(viewer.get(BASE + "/consultancies?sort=scope").status()).isEqualTo(400);
	}
}

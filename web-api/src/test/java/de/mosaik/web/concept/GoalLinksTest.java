package de.mosaik.web.concept;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Goals measured by indicators of the council's own monitoring, and measures that name partner
 * organisations of its own network. This class's councils: Knüllwald, with indicators, values and
 * organisations, and Körle in the same county, whose codes and organisations Knüllwald must not use.
 */
class GoalLinksTest extends IntegrationTest {

	static final String KNUELLWALD = "06634011";

	static final String KOERLE = "06634012";

	static final String BASE = "/api/v1/tenants/" + KNUELLWALD;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api officer;

	Api viewer;

	Api otherOfficer;

	String viewerToken;

	@BeforeEach
	void councils() {
		fixtures.council(KNUELLWALD);
		fixtures.council(KOERLE);
		fixtures.grant("links-officer", KNUELLWALD, Role.MUNICIPAL_OFFICER);
		fixtures.grant("links-viewer", KNUELLWALD, Role.VIEWER);
		fixtures.grant("links-other", KOERLE, Role.MUNICIPAL_OFFICER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("links-officer"));
		viewerToken = tokens.forSubject("links-viewer");
		viewer = Api.as(viewerToken);
		otherOfficer = Api.as(tokens.forSubject("links-other"));
	}

	@Test
	void aGoalNamesIndicatorsOfTheOwnCatalogueAndUnknownCodesAreRefusedWithNothingStored() {
		String places = indicator(officer, BASE, "KN-GL-KURS", "Kursplätze Deutsch", "HIGHER_IS_BETTER");
		String waiting = indicator(officer, BASE, "KN-GL-WARTE", "Wartezeit Kurs", "LOWER_IS_BETTER");
		String concept = id(officer.post(BASE + "/concepts", Map.of("title", "Konzept Knüllwald Indikatoren")));
		String goals = BASE + "/concepts/" + concept + "/goals";

		Api.Response created = officer.post(goals, goal(field(officer, BASE), "Mehr Kursplätze", "kn-gl-kurs", "KN-GL-WARTE"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(strings(created.json().get("indicatorCodes"))).as("stored as the catalogue spells them")
			.containsExactly("KN-GL-KURS", "KN-GL-WARTE");
		String goal = created.json().get("id").asString();
		assertThat(strings(viewer.get(BASE + "/goals/" + goal).json().get("indicatorCodes")))
			.containsExactly("KN-GL-KURS", "KN-GL-WARTE");

		Api.Response changed = officer.put(BASE + "/goals/" + goal, goal(field(officer, BASE), "Mehr Kursplätze", "KN-GL-WARTE"),
				created.header("ETag"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(strings(changed.json().get("indicatorCodes"))).containsExactly("KN-GL-WARTE");

		Api.Response unknown = officer.send("POST", goals, goal(field(officer, BASE), "Unbekannt gemessen", "KN-GL-NICHT"),
				Map.of("Accept-Language", "en"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("indicatorCodes");
		assertThat(unknown.json().get("errors").get(0).get("message").asString())
			.isEqualTo("At least one of these indicators is not in the indicator catalogue.");
		Api.Response staleUpdate = officer.put(BASE + "/goals/" + goal, goal(field(officer, BASE), "Geändert", "KN-GL-NICHT"),
				changed.header("ETag"));
		assertThat(staleUpdate.status()).isEqualTo(400);
		assertThat(viewer.get(BASE + "/goals/" + goal).json().get("title").asString()).as("nothing stored")
			.isEqualTo("Mehr Kursplätze");
		assertThat(viewer.get(goals).json().get("totalElements").asInt()).isEqualTo(1);
		assertThat(viewer.post(goals, goal(field(officer, BASE), "Als Gast", "KN-GL-KURS")).status()).isEqualTo(403);

		Api.Response stillNamed = officer.send("DELETE", BASE + "/monitoring/indicators/" + waiting, null,
				Map.of("If-Match", "\"0\"", "Accept-Language", "en"));
		assertThat(stillNamed.status()).as("a goal is measured by it").isEqualTo(409);
		assertThat(stillNamed.json().toString()).contains("A goal of the integration concept is measured by this indicator");
		Api.Response renamed = officer.put(BASE + "/monitoring/indicators/" + waiting, Map.of("code", "KN-GL-WARTE2", "name",
				"Wartezeit Kurs", "unit", "Anzahl", "kind", "COUNT", "direction", "LOWER_IS_BETTER"), "\"0\"");
		assertThat(renamed.status()).isEqualTo(400);
		assertThat(renamed.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
		assertThat(officer.delete(BASE + "/monitoring/indicators/" + places, "\"0\"").status())
			.as("no longer named by the goal").isEqualTo(204);
	}

	@Test
	void anotherCouncilsIndicatorCodeIsUnknownInThisCouncil() {
		indicator(officer, BASE, "KN-GL-EIGEN", "Eigener Indikator Knüllwald", "NEUTRAL");
		String other = "/api/v1/tenants/" + KOERLE;
		String concept = id(otherOfficer.post(other + "/concepts", Map.of("title", "Konzept Körle")));
		Api.Response refused = otherOfficer.post(other + "/concepts/" + concept + "/goals",
				goal(field(otherOfficer, other), "Fremd gemessen", "KN-GL-EIGEN"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("indicatorCodes");
		assertThat(otherOfficer.post(other + "/concepts/" + concept + "/goals",
				goal(field(otherOfficer, other), "Standard gemessen", "NI-MT-1.2.2")).status())
			.as("the standard catalogue is in every council").isEqualTo(201);
	}

	@Test
	void aMeasureNamesOrganisationsOfTheOwnNetworkButNotThoseOfAnotherCouncil() {
		String vhs = id(officer.post(BASE + "/network/organisations", Map.of("name", "VHS Knüllwald", "type", "traeger")));
		String caritas = id(officer.post(BASE + "/network/organisations", Map.of("name", "Caritas Knüllwald", "type", "traeger")));
		String tafel = id(otherOfficer.post("/api/v1/tenants/" + KOERLE + "/network/organisations",
				Map.of("name", "Tafel Körle", "type", "verein")));
		String goal = goalOf(id(officer.post(BASE + "/concepts", Map.of("title", "Konzept Knüllwald Partner"))), "Beratung");
		String measures = BASE + "/goals/" + goal + "/measures";

		Api.Response created = officer.post(measures, measure("Sprachcafé", vhs, List.of(caritas, vhs), "Kirchengemeinde"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		JsonNode read = viewer.get(BASE + "/measures/" + id).json();
		assertThat(read.get("responsibleOrganisationId").asString()).isEqualTo(vhs);
		assertThat(strings(read.get("partnerOrganisationIds"))).containsExactlyInAnyOrder(caritas, vhs);
		assertThat(read.get("partners").asString()).as("free text stays").isEqualTo("Kirchengemeinde");

		Api.Response changed = officer.put(BASE + "/measures/" + id, measure("Sprachcafé", null, List.of(caritas), null),
				created.header("ETag"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().get("responsibleOrganisationId").isNull()).isTrue();
		assertThat(strings(changed.json().get("partnerOrganisationIds"))).containsExactly(caritas);

		Api.Response foreignPartner = officer.send("POST", measures, measure("Tafelprojekt", null, List.of(caritas, tafel), null),
				Map.of("Accept-Language", "de"));
		assertThat(foreignPartner.status()).isEqualTo(400);
		assertThat(foreignPartner.json().get("errors").get(0).get("field").asString()).isEqualTo("partnerOrganisationIds");
		assertThat(foreignPartner.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Mindestens eine dieser Organisationen gibt es im Partnernetzwerk nicht.");
		Api.Response foreignResponsible = officer.post(measures, measure("Tafelprojekt", tafel, List.of(), null));
		assertThat(foreignResponsible.status()).isEqualTo(400);
		assertThat(foreignResponsible.json().get("errors").get(0).get("field").asString()).isEqualTo("responsibleOrganisationId");
		assertThat(viewer.get(measures).json().get("totalElements").asInt()).as("nothing stored").isEqualTo(1);
	}

	@Test
	void theStatusReportShowsEachGoalsIndicatorsWithTrendAndEachMeasuresPartnerOrganisations() throws Exception {
		String places = indicator(officer, BASE, "KN-RP-KURS", "Kursplätze Bericht", "HIGHER_IS_BETTER");
		String waiting = indicator(officer, BASE, "KN-RP-WARTE", "Wartezeit Bericht", "LOWER_IS_BETTER");
		value(places, "2023", "30");
		value(places, "2024", "40");
		value(places, "2025", "55.5");
		value(waiting, "2024", "30");
		value(waiting, "2025", "36");
		String vhs = id(officer.post(BASE + "/network/organisations", Map.of("name", "VHS Schwalm Bericht", "type", "traeger")));
		String awo = id(officer.post(BASE + "/network/organisations", Map.of("name", "AWO Bericht", "type", "traeger")));
		String concept = id(officer.post(BASE + "/concepts", Map.of("title", "Konzept Knüllwald Bericht")));
		String goal = id(officer.post(BASE + "/concepts/" + concept + "/goals",
				goal(field(officer, BASE), "Kurse ausbauen", "KN-RP-KURS", "KN-RP-WARTE")));
		Map<String, Object> body = measure("Abendkurs", vhs, List.of(awo), null);
		body.put("startDate", "2025-01-01");
		id(officer.post(BASE + "/goals/" + goal + "/measures", body));

		JsonNode report = viewer.get(BASE + "/concepts/" + concept + "/status-report?from=2025-01-01&to=2025-12-31").json();
		JsonNode goalSection = report.get("fields").get(0).get("goals").get(0);
		JsonNode kurs = goalSection.get("indicators").get(0);
		assertThat(kurs.get("code").asString()).isEqualTo("KN-RP-KURS");
		assertThat(kurs.get("latestValue").decimalValue()).isEqualByComparingTo("55.5");
		assertThat(kurs.get("latestPeriod").asString()).isEqualTo("2025");
		assertThat(kurs.get("previousValue").decimalValue()).isEqualByComparingTo("40");
		assertThat(kurs.get("trend").asString()).isEqualTo("BETTER");
		assertThat(goalSection.get("indicators").get(1).get("trend").asString())
			.as("a longer waiting time is worse").isEqualTo("WORSE");
		JsonNode line = goalSection.get("measures").get(0);
		assertThat(line.get("responsibleOrganisation").asString()).isEqualTo("VHS Schwalm Bericht");
		assertThat(strings(line.get("partnerOrganisations"))).containsExactly("AWO Bericht");

		String html = raw(concept, "/status-report.html", "text/html", HttpResponse.BodyHandlers.ofString()).body();
		assertThat(html).contains("KN-RP-KURS – Kursplätze Bericht", "55,5 Anzahl (2025)", "40 Anzahl (2024)", "besser",
				"schlechter", "Zuständig: VHS Schwalm Bericht", "Beteiligt: AWO Bericht");
		byte[] pdf = raw(concept, "/status-report.pdf", "application/pdf", HttpResponse.BodyHandlers.ofByteArray()).body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("KN-RP-WARTE", "schlechter", "Zuständig: VHS Schwalm Bericht", "Beteiligt: AWO Bericht");
		}
	}

	private String indicator(Api api, String base, String code, String name, String direction) {
		return id(api.post(base + "/monitoring/indicators",
				Map.of("code", code, "name", name, "unit", "Anzahl", "kind", "COUNT", "direction", direction)));
	}

	private void value(String indicator, String period, String value) {
		Api.Response created = officer.post(BASE + "/monitoring/values",
				Map.of("indicatorId", indicator, "period", period, "value", value));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private String goalOf(String concept, String title) {
		return id(officer.post(BASE + "/concepts/" + concept + "/goals", goal(field(officer, BASE), title)));
	}

	private static String field(Api api, String base) {
		return api.get(base + "/fields-of-action?q=Sprache").json().get("content").get(0).get("id").asString();
	}

	private static Map<String, Object> goal(String field, String title, String... codes) {
		return Map.of("fieldOfActionId", field, "title", title, "indicatorCodes", List.of(codes));
	}

	private static Map<String, Object> measure(String title, String responsible, List<String> partners, String freeText) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("status", "RUNNING");
		body.put("responsibleOrganisationId", responsible);
		body.put("partnerOrganisationIds", partners);
		body.put("partners", freeText);
		return body;
	}

	private <T> HttpResponse<T> raw(String concept, String path, String accept, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		HttpResponse<T> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(BASE_URL + BASE + "/concepts/" + concept + path
					+ "?from=2025-01-01&to=2025-12-31"))
				.header("Authorization", "Bearer " + viewerToken)
				.header("Accept", accept)
				.build(), handler);
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static String id(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isIn(200, 201);
		return response.json().get("id").asString();
	}
}

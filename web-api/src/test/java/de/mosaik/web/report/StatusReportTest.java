package de.mosaik.web.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import de.mosaik.core.shared.DecisionsInPeriod.Decision;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.RecordedDecisions;
import de.mosaik.web.support.Tokens;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status report of a concept as JSON, HTML and PDF, read back as a council member would read it. This
 * class's council: Felsberg in the Schwalm-Eder-Kreis, with a concept whose measures run in 2025 and one
 * from 2023 that is outside the period.
 */
class StatusReportTest extends IntegrationTest {

	static final String TENANT = "06634003";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	static final String PERIOD = "from=2025-01-01&to=2025-12-31";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	RecordedDecisions decisions;

	Api officer;

	Api viewer;

	String viewerToken;

	static String concept;

	@BeforeEach
	void council() {
		fixtures.council(TENANT);
		fixtures.grant("report-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("report-viewer", TENANT, Role.VIEWER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("report-officer"));
		viewerToken = tokens.forSubject("report-viewer");
		viewer = Api.as(viewerToken);
		decisions.record(TENANT,
				new Decision(LocalDate.of(2025, 4, 10), "Steuerungskreis Integration", "Sprachcafé um einen Abend erweitern", "SK 2025/3"),
				new Decision(LocalDate.of(2024, 12, 1), "Steuerungskreis Integration", "Alter Beschluss aus dem Vorjahr", null));
		if (concept == null) {
			concept = conceptWithMeasures();
		}
	}

	private String conceptWithMeasures() {
		String c = id(officer.post(BASE + "/concepts", Map.of("title", "Integrationskonzept Felsberg")));
		assertThat(officer.send("POST", BASE + "/concepts/" + c + "/status", Map.of("status", "ADOPTED", "resolutionDate",
				"2025-03-01", "resolutionReference", "DS 2025/42"), Map.of("If-Match", "\"0\"")).status()).isEqualTo(200);
		String language = id(officer.post(BASE + "/concepts/" + c + "/goals", Map.of("fieldOfActionId", field("Sprache"),
				"title", "Deutschkurse für Erwachsene", "targetValue", 12, "targetUnit", "Kurse", "targetYear", 2027)));
		String housing = id(officer.post(BASE + "/concepts/" + c + "/goals", Map.of("fieldOfActionId", field("Wohnen"),
				"title", "Wohnungen für Familien", "targetValue", 30, "targetUnit", "Wohnungen", "targetYear", 2028)));

		String cafe = id(officer.post(BASE + "/goals/" + language + "/measures", measure("Sprachcafé Bürgerhaus", "RUNNING",
				"2025-01-01", "2025-12-31", "5000", "1200.50", false)));
		value(cafe, "2025-Q1", 20, 15);
		value(cafe, "2025-Q2", 20, 18);
		value(cafe, "2024", 80, 60);
		assess(cafe, "Gut angenommen, mehr Räume nötig.");
		String evening = id(officer.post(BASE + "/goals/" + language + "/measures", measure("Abendkurs Pflege", "PLANNED",
				"2025-09-01", null, "3000", null, true)));
		assess(evening, "Dozentin noch nicht gefunden, Gespräch mit VHS läuft.");
		id(officer.post(BASE + "/goals/" + language + "/measures", measure("Alte Maßnahme 2023", "DONE", "2023-01-01",
				"2023-12-31", "99999", "99999", false)));
		String exchange = id(officer.post(BASE + "/goals/" + housing + "/measures", measure("Wohnraumbörse", "STOPPED", null,
				null, "2500.25", "2500.25", false)));
		value(exchange, "2025-H1", 12, 9);
		value(exchange, "2025-H2", 12, 7);
		return c;
	}

	@Test
	void theReportCountsTheMeasuresOfThePeriodSumsTheirBudgetsAndShowsTrendsAndDecisions() {
		Api.Response response = viewer.get(BASE + "/concepts/" + concept + "/status-report?" + PERIOD);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report.get("concept").get("resolutionReference").asString()).isEqualTo("DS 2025/42");
		JsonNode total = report.get("total");
		assertThat(total.get("byStatus").get("RUNNING").asInt()).isEqualTo(1);
		assertThat(total.get("byStatus").get("PLANNED").asInt()).isEqualTo(1);
		assertThat(total.get("byStatus").get("STOPPED").asInt()).isEqualTo(1);
		assertThat(total.get("byStatus").get("DONE").asInt()).as("the 2023 measure is outside the period").isZero();
		assertThat(total.get("budgetPlanned").decimalValue()).isEqualByComparingTo("10500.25");
		assertThat(total.get("budgetSpent").decimalValue()).isEqualByComparingTo("3700.75");

		assertThat(report.get("fields").findValuesAsString("name")).containsExactly("Sprache", "Wohnen");
		JsonNode languageGoal = report.get("fields").get(0).get("goals").get(0);
		assertThat(languageGoal.get("targetValue").decimalValue()).isEqualByComparingTo("12");
		JsonNode cafe = languageGoal.get("measures").get(1);
		assertThat(cafe.get("title").asString()).isEqualTo("Sprachcafé Bürgerhaus");
		assertThat(cafe.get("values").findValuesAsString("period")).as("2024 is outside the period").containsExactly("2025-Q1", "2025-Q2");
		assertThat(cafe.get("trend").asString()).isEqualTo("RISING");
		assertThat(cafe.get("assessment").asString()).isEqualTo("Gut angenommen, mehr Räume nötig.");
		JsonNode evening = languageGoal.get("measures").get(0);
		assertThat(evening.get("title").asString()).isEqualTo("Abendkurs Pflege");
		assertThat(evening.get("assessment").isNull()).as("its texts are internal").isTrue();
		assertThat(report.get("fields").get(1).get("goals").get(0).get("measures").get(0).get("trend").asString()).isEqualTo("FALLING");

		assertThat(report.get("decisions").get("recorded").asBoolean()).isTrue();
		assertThat(report.get("decisions").get("decisions").findValuesAsString("subject"))
			.containsExactly("Sprachcafé um einen Abend erweitern");
	}

	@Test
	void theHtmlDocumentIsGermanAndLeavesOutInternalTextsAndWhatIsOutsideThePeriod() throws Exception {
		HttpResponse<String> html = raw("/status-report.html?" + PERIOD, "text/html", HttpResponse.BodyHandlers.ofString());
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(html.body()).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\">", "Sachstandsbericht zum Integrationskonzept",
				"Felsberg, Stadt", "Integrationskonzept Felsberg, Fassung 1: Beschlossen, beschlossen am 01.03.2025 (DS 2025/42)",
				"Berichtszeitraum: 01.01.2025 bis 31.12.2025", "10.500,25 €", "3.700,75 €",
				"Zielwert: 12 Kurse bis 2027", "2025-Q2: Ist 18,00, Soll 20,00", "steigend", "fallend",
				"Bewertung: Gut angenommen, mehr Räume nötig.", "Sprachcafé um einen Abend erweitern", "SK 2025/3")
			.doesNotContain("Dozentin", "Alte Maßnahme 2023", "Alter Beschluss aus dem Vorjahr");
	}

	@Test
	void thePdfHasTheSameFiguresInAnEmbeddedFont() throws Exception {
		HttpResponse<byte[]> pdf = raw("/status-report.pdf?" + PERIOD, "application/pdf", HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("Sachstandsbericht-" + TENANT + "-2025-01-01-2025-12-31.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			// table cells wrap their words onto lines of their own
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Sachstandsbericht zum Integrationskonzept", "Felsberg, Stadt", "Sprachcafé Bürgerhaus",
					"Wohnungen für Familien", "10.500,25 €", "3.700,75 €", "steigend", "fallend",
					"Sprachcafé um einen Abend erweitern", "Beschlüsse des Steuerungskreises im Berichtszeitraum")
				.doesNotContain("Dozentin", "Alte Maßnahme 2023", "Alter Beschluss");
			PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void thePeriodDefaultsToTheCurrentYearAndMustNotEndBeforeItStarts() {
		Api.Response current = viewer.get(BASE + "/concepts/" + concept + "/status-report");
		int year = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
		assertThat(current.json().get("period").get("from").asString()).isEqualTo(year + "-01-01");
		assertThat(current.json().get("period").get("to").asString()).isEqualTo(year + "-12-31");

		Api.Response backwards = officer.send("GET", BASE + "/concepts/" + concept + "/status-report?from=2025-06-01&to=2025-05-01",
				null, Map.of("Accept-Language", "de"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
		assertThat(backwards.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Das Ende des Berichtszeitraums darf nicht vor seinem Beginn liegen.");
		assertThat(viewer.get(BASE + "/concepts/00000000-0000-0000-0000-000000000001/status-report").status()).isEqualTo(404);
	}

	private <T> HttpResponse<T> raw(String path, String accept, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(BASE_URL + BASE + "/concepts/" + concept + path))
				.header("Authorization", "Bearer " + viewerToken)
				.header("Accept", accept)
				.build(), handler);
	}

	private String field(String name) {
		return officer.get(BASE + "/fields-of-action?q=" + name).json().get("content").get(0).get("id").asString();
	}

	private static Map<String, Object> measure(String title, String status, String start, String end, String planned,
			String spent, boolean internal) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("status", status);
		body.put("startDate", start);
		body.put("endDate", end);
		body.put("budgetPlanned", planned);
		body.put("budgetSpent", spent);
		body.put("internal", internal);
		return body;
	}

	private void value(String measure, String period, int target, int actual) {
		assertThat(officer.post(BASE + "/measures/" + measure + "/evaluation/values",
				Map.of("period", period, "target", target, "actual", actual)).status()).isEqualTo(201);
	}

	private void assess(String measure, String text) {
		String etag = officer.get(BASE + "/measures/" + measure + "/evaluation").header("ETag");
		assertThat(officer.put(BASE + "/measures/" + measure + "/evaluation/assessment", Map.of("assessment", text), etag)
			.status()).isEqualTo(200);
	}

	private static String id(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isIn(200, 201);
		return response.json().get("id").asString();
	}
}

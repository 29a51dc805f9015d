package de.mosaik.web.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of the real statistics files in {@code ../shared/data/statistics} as published: the Open SDG
 * integration monitoring of Niedersachsen for Region Hannover (03241), and the Regionaldatenbank table of
 * employees by nationality for Landkreis Göttingen (03159), whose former districts Göttingen (03152) and
 * Osterode am Harz (03156) the table still carries.
 */
class ImportApiTest extends IntegrationTest {

	static final String HANNOVER = "03241";

	static final String GOETTINGEN = "03159";

	static final String OPEN_SDG = "statistics/niedersachsen_integrationsmonitoring/data/indicator_1-2-1.csv";

	static final String REGIONALDATENBANK = "statistics/sv_beschaeftigte_nationalitaet_kreise/13111-02-02-4_sheet_data.csv";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	private Api coordinator(String county) {
		fixtures.council(county);
		fixtures.grant("imp-coordinator-" + county, county, Role.COUNTY_COORDINATOR);
		fixtures.grant("imp-viewer-" + county, county, Role.VIEWER);
		return Api.as(new Tokens(encoder).forSubject("imp-coordinator-" + county));
	}

	private Api viewer(String county) {
		return Api.as(new Tokens(encoder).forSubject("imp-viewer-" + county));
	}

	private Api.Response upload(String county, String subject, String file, String fileName) throws Exception {
		return upload(county, subject, SharedData.bytes(file), fileName);
	}

	private Api.Response upload(String county, String subject, byte[] body, String fileName) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/tenants/" + county
				+ "/monitoring/imports?fileName=" + fileName))
			.header("Authorization", "Bearer " + new Tokens(encoder).forSubject(subject))
			.header("Content-Type", "text/csv")
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", "de")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode json = response.body().isBlank() ? null : JsonMapper.builder().build().readTree(response.body());
		return new Api.Response(response.statusCode(), response, json);
	}

	private static long count(JsonNode preview, String status) {
		return preview.get("counts").get(status).asLong();
	}

	@Test
	void anOpenSdgFileIsPreviewedWithItsProblemsImportedForTheCountyAndTheLandAndUndoneAsAWhole() throws Exception {
		Api coordinator = coordinator(HANNOVER);
		String base = "/api/v1/tenants/" + HANNOVER + "/monitoring";
		Api.Response uploaded = upload(HANNOVER, "imp-coordinator-" + HANNOVER, OPEN_SDG, "indicator_1-2-1.csv");
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		JsonNode preview = uploaded.json();
		assertThat(preview.get("statisticsImport").get("layout").asString()).isEqualTo("OPEN_SDG");
		assertThat(preview.get("statisticsImport").get("status").asString()).isEqualTo("PREVIEW");
		JsonNode series = preview.get("series");
		assertThat(series.size()).isEqualTo(1);
		assertThat(series.get(0).get("suggestedCode").asString()).as("from the file name").isEqualTo("NI-MT-1.2.1");
		assertThat(series.get(0).get("indicatorId").isNull()).as("mapped to the suggestion").isFalse();
		// 1,040 rows: 20 years of Region Hannover, 20 × 44 other districts of Niedersachsen, 20 of the city of
		// Hannover (a member), 20 of "Hannover-Umland" (no official key), 100 of the Land and its regions
		assertThat(count(preview, "OWN")).isEqualTo(20);
		assertThat(count(preview, "REFERENCE")).isEqualTo(880);
		assertThat(count(preview, "MUNICIPALITY_ROW")).isEqualTo(20);
		assertThat(count(preview, "UNKNOWN_KEY")).isEqualTo(20);
		assertThat(count(preview, "OUT_OF_SCOPE")).isEqualTo(100);
		assertThat(preview.get("importable").asLong()).isEqualTo(900);
		assertThat(preview.get("problems").asLong()).isEqualTo(40);
		String location = uploaded.header("Location").replace(BASE_URL, "");

		JsonNode problems = coordinator.get(location + "/rows?show=PROBLEMS&size=100").json();
		assertThat(problems.get("totalElements").asInt()).isEqualTo(40);
		JsonNode first = problems.get("content").get(0);
		assertThat(first.get("key").asString()).isEqualTo("K03241001");
		assertThat(first.get("name").asString()).isEqualTo("dav. Hannover, Lhst.");
		assertThat(first.get("status").asString()).isEqualTo("MUNICIPALITY_ROW");
		assertThat(first.get("line").asInt()).isGreaterThan(1);
		Api.Response csv = coordinator.send("GET", location + "/rows.csv?show=PROBLEMS", null,
				Map.of("Accept", "text/csv", "Accept-Language", "de"));
		assertThat(csv.raw().body()).contains("K03241999;dav. Hannover, Umland;")
			.contains("Unbekannter Schlüssel");

		assertThat(viewer(HANNOVER).send("POST", location + "/commit", null, Map.of("If-Match", "\"0\"")).status())
			.as("a viewer cannot import").isEqualTo(403);
		assertThat(coordinator.post(location + "/commit", null).status()).as("If-Match is required").isEqualTo(428);
		Api.Response committed = coordinator.send("POST", location + "/commit", null,
				Map.of("If-Match", uploaded.header("ETag")));
		assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
		assertThat(committed.json().get("status").asString()).isEqualTo("IMPORTED");
		assertThat(committed.json().get("importedValues").asInt()).isEqualTo(900);

		JsonNode own = coordinator.get(base + "/values?area=" + HANNOVER + "&size=50").json();
		assertThat(own.get("totalElements").asInt()).isEqualTo(20);
		assertThat(own.get("content").get(0).get("period").asString()).isEqualTo("2024");
		assertThat(own.get("content").get(0).get("value").asInt()).isEqualTo(227495);
		assertThat(own.get("content").get(0).get("source").asString()).isEqualTo("IMPORT");
		assertThat(coordinator.get(base + "/values?area=03101").json().get("totalElements").asInt())
			.as("Braunschweig for the comparison").isEqualTo(20);
		String valueId = own.get("content").get(0).get("id").asString();
		assertThat(coordinator.delete(base + "/values/" + valueId, "\"0\"").status())
			.as("imported values go only with their import").isEqualTo(409);

		Api.Response again = upload(HANNOVER, "imp-coordinator-" + HANNOVER, OPEN_SDG, "indicator_1-2-1.csv");
		assertThat(count(again.json(), "ALREADY_RECORDED")).isEqualTo(900);
		assertThat(again.json().get("importable").asLong()).isZero();
		String againLocation = again.header("Location").replace(BASE_URL, "");
		assertThat(coordinator.send("POST", againLocation + "/commit", null, Map.of("If-Match", again.header("ETag")))
			.status()).as("nothing to import").isEqualTo(400);
		assertThat(coordinator.delete(againLocation, again.header("ETag")).status()).isEqualTo(204);

		Api.Response undone = coordinator.send("POST", location + "/undo", null, Map.of("If-Match", committed.header("ETag")));
		assertThat(undone.status()).isEqualTo(200);
		assertThat(undone.json().get("status").asString()).isEqualTo("UNDONE");
		assertThat(coordinator.get(base + "/values?importId=" + undone.json().get("id").asString()).json()
			.get("totalElements").asInt()).isZero();
		assertThat(coordinator.get(base + "/values").json().get("totalElements").asInt()).isZero();
		assertThat(coordinator.send("POST", location + "/undo", null, Map.of("If-Match", undone.header("ETag"))).status())
			.isEqualTo(409);
		JsonNode list = coordinator.get(base + "/imports?status=UNDONE").json();
		assertThat(list.get("content").findValuesAsString("fileName")).containsExactly("indicator_1-2-1.csv");
	}

	@Test
	void aRegionaldatenbankTableIsMappedKeepsMarkersAsNoValueAndReportsFormerDistrictKeys() throws Exception {
		Api coordinator = coordinator(GOETTINGEN);
		String base = "/api/v1/tenants/" + GOETTINGEN + "/monitoring";
		Map<String, Object> indicator = new HashMap<>(Map.of("code", "KOM-SVB-AUSL-WO", "name",
				"Sozialversicherungspflichtig beschäftigte Ausländerinnen und Ausländer (Wohnort, 30.6.)", "unit", "Anzahl",
				"kind", "COUNT", "direction", "NEUTRAL"));
		String indicatorId = coordinator.post(base + "/indicators", indicator).json().get("id").asString();

		Api.Response uploaded = upload(GOETTINGEN, "imp-coordinator-" + GOETTINGEN, REGIONALDATENBANK,
				"13111-02-02-4_sheet_data.csv");
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		JsonNode preview = uploaded.json();
		assertThat(preview.get("statisticsImport").get("layout").asString()).isEqualTo("REGIONALDATENBANK");
		assertThat(preview.get("series").findValuesAsString("series")).containsExactly("Insgesamt", "männlich", "weiblich",
				"Ausländer(innen)-Insgesamt", "Ausländer(innen)-männlich", "Ausländer(innen)-weiblich");
		assertThat(preview.get("importable").asLong()).as("nothing mapped yet").isZero();
		String location = uploaded.header("Location").replace(BASE_URL, "");

		Api.Response unknownSeries = coordinator.put(location + "/mapping",
				Map.of("periodType", "YEAR", "mapping", Map.of("Ausländer", indicatorId)), uploaded.header("ETag"));
		assertThat(unknownSeries.status()).isEqualTo(400);
		Api.Response mapped = coordinator.put(location + "/mapping",
				Map.of("periodType", "YEAR", "mapping", Map.of("Ausländer(innen)-Insgesamt", indicatorId)),
				uploaded.header("ETag"));
		assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
		preview = mapped.json();
		// Landkreis Göttingen exists since 1.11.2016: 2008–2016 are "-" in the table, 2017–2019 numbers
		assertThat(count(preview, "OWN")).isEqualTo(12);
		assertThat(count(preview, "FORMER_KEY")).as("03152 and 03156, 12 dates each").isEqualTo(24);
		assertThat(count(preview, "REFERENCE")).as("the 44 other districts of Niedersachsen").isEqualTo(44 * 12);
		assertThat(count(preview, "UNKNOWN_KEY")).isZero();

		JsonNode former = coordinator.get(location + "/rows?status=FORMER_KEY&size=5").json().get("content").get(0);
		assertThat(former.get("key").asString()).isIn("03152", "03156");
		assertThat(former.get("detail").asString()).as("the successor").isEqualTo(GOETTINGEN);
		JsonNode ownRows = coordinator.get(location + "/rows?status=OWN&size=20").json().get("content");
		assertThat(ownRows.get(0).get("period").asString()).isEqualTo("2019");
		assertThat(ownRows.get(0).get("value").asInt()).isEqualTo(9603);
		assertThat(ownRows.get(11).get("period").asString()).isEqualTo("2008");
		assertThat(ownRows.get(11).get("marker").asString()).isEqualTo("-");
		assertThat(ownRows.get(11).get("value").isNull()).as("a marker is no value, not zero").isTrue();

		Api.Response monthly = coordinator.put(location + "/mapping",
				Map.of("periodType", "MONTH", "mapping", Map.of("Ausländer(innen)-Insgesamt", indicatorId)),
				mapped.header("ETag"));
		assertThat(coordinator.get(location + "/rows?status=OWN&size=1").json().get("content").get(0).get("period")
			.asString()).as("the reference date 30.06.").isEqualTo("2019-06");
		Api.Response committed = coordinator.send("POST", location + "/commit", null,
				Map.of("If-Match", monthly.header("ETag")));
		assertThat(committed.json().get("importedValues").asInt()).isEqualTo(12 + 44 * 12);

		JsonNode values = coordinator.get(base + "/values?area=" + GOETTINGEN + "&periodType=MONTH&size=20").json();
		assertThat(values.get("content").findValuesAsString("period")).startsWith("2019-06", "2018-06", "2017-06");
		assertThat(values.get("content").get(11).get("marker").asString()).isEqualTo("-");
		Api.Response csv = coordinator.send("GET", base + "/values.csv?area=" + GOETTINGEN + "&periodType=MONTH", null,
				Map.of("Accept", "text/csv"));
		assertThat(csv.raw().body()).contains("KOM-SVB-AUSL-WO;").contains(";2008-06;-;");

		// the county's comparison with the other districts of Niedersachsen, from the imported reference values
		JsonNode dashboard = coordinator.get(base + "/county/indicators/KOM-SVB-AUSL-WO?periodType=MONTH").json();
		assertThat(dashboard.get("periods").size()).isEqualTo(12);
		assertThat(dashboard.get("own").get(11).get("value").asInt()).as("2019-06").isEqualTo(9603);
		assertThat(dashboard.get("own").get(0).get("marker").asString()).as("2008-06").isEqualTo("-");
		JsonNode comparison = dashboard.get("comparison");
		assertThat(comparison.size()).as("44 other districts and the county itself").isEqualTo(45);
		assertThat(comparison.findValuesAsString("area")).contains(GOETTINGEN, "03101", "03404")
			.doesNotContain("03152", "03156", "03241001");
	}

	@Test
	void aFileOfNeitherFamilyAndAnEmptyFileAreRefusedAndNothingIsStored() throws Exception {
		Api coordinator = coordinator(GOETTINGEN);
		String base = "/api/v1/tenants/" + GOETTINGEN + "/monitoring/imports";
		long before = coordinator.get(base).json().get("totalElements").asLong();
		Api.Response unknown = upload(GOETTINGEN, "imp-coordinator-" + GOETTINGEN,
				"just some notes\nwithout any table".getBytes(java.nio.charset.StandardCharsets.UTF_8), "notes.txt");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(unknown.json().get("errors").get(0).get("message").asString()).startsWith("Die Datei ist weder");
		assertThat(upload(GOETTINGEN, "imp-coordinator-" + GOETTINGEN, new byte[0], "leer.csv").status()).isEqualTo(400);
		assertThat(coordinator.get(base).json().get("totalElements").asLong()).isEqualTo(before);
	}
}

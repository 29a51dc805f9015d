package de.mosaik.web.monitoring;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator catalogue and values over HTTP. This class's council: Bispingen (03358002) in the Heidekreis,
 * and its sibling Ahlden (03358001) as the foreign council.
 */
class MonitoringApiTest extends IntegrationTest {

	static final String TENANT = "03358002";

	static final String BASE = "/api/v1/tenants/" + TENANT + "/monitoring";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api officer;

	Api viewer;

	Api counsellor;

	private void prepare() {
		if (officer != null) {
			return;
		}
		fixtures.council(TENANT);
		fixtures.council("03358001");
		fixtures.grant("mon-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("mon-viewer", TENANT, Role.VIEWER);
		fixtures.grant("mon-counsellor", TENANT, Role.COUNSELLOR);
		fixtures.grant("mon-sibling", "03358001", Role.MUNICIPAL_OFFICER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("mon-officer"));
		viewer = Api.as(tokens.forSubject("mon-viewer"));
		counsellor = Api.as(tokens.forSubject("mon-counsellor"));
	}

	private JsonNode indicator(String code) {
		JsonNode content = viewer.get(BASE + "/indicators?q=" + code).json().get("content");
		assertThat(content.size()).as(code).isEqualTo(1);
		return content.get(0);
	}

	static Map<String, Object> ownIndicator(String code, String kind, Integer scale) {
		Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Teilnehmende an Sprachkursen",
				"nameEn", "Language course participants", "unit", "Anzahl", "kind", kind, "direction",
				"HIGHER_IS_BETTER", "definition", "Personen, die im Zeitraum einen Sprachkurs begonnen haben"));
		if (scale != null) {
			body.put("scale", scale);
		}
		return body;
	}

	@Test
	void aNewCouncilHasTheStandardCatalogueWithItsSourcesReadOnly() {
		prepare();
		JsonNode all = viewer.get(BASE + "/indicators?origin=STANDARD&size=100").json();
		assertThat(all.get("totalElements").asInt()).isEqualTo(65);
		JsonNode foreigners = indicator("NI-MT-1.2.1");
		assertThat(foreigners.get("name").asString()).isEqualTo("Ausländerinnen und Ausländer");
		assertThat(foreigners.get("kind").asString()).isEqualTo("COUNT");
		assertThat(foreigners.get("source").asString()).contains("christoph-LSN/IM_Data");
		JsonNode share = indicator("NI-MT-1.2.2");
		assertThat(share.get("kind").asString()).isEqualTo("RATE");
		assertThat(share.get("scale").asInt()).isEqualTo(100);
		assertThat(indicator("DE-II-4.2").get("direction").asString()).isEqualTo("LOWER_IS_BETTER");

		String id = foreigners.get("id").asString();
		Api.Response read = viewer.get(BASE + "/indicators/" + id);
		Api.Response change = officer.send("PUT", BASE + "/indicators/" + id, ownIndicator("NI-MT-1.2.1", "COUNT", null),
				Map.of("If-Match", read.header("ETag"), "Accept-Language", "en"));
		assertThat(change.status()).isEqualTo(409);
		assertThat(change.json().get("detail").asString()).startsWith("Indicators of the standard catalogue stay as they are");
		assertThat(officer.delete(BASE + "/indicators/" + id, read.header("ETag")).status()).isEqualTo(409);
		assertThat(indicator("NI-MT-1.2.1").get("name").asString()).isEqualTo("Ausländerinnen und Ausländer");
	}

	@Test
	void ownIndicatorsAreValidatedCreatedChangedWithEtagsAndDeletedWhileTheyHaveNoValues() {
		prepare();
		Map<String, Object> bad = new HashMap<>(Map.of("code", "mit Leerzeichen", "name", " ", "unit", "", "kind", "RATE",
				"direction", "NEUTRAL"));
		Api.Response refused = officer.send("POST", BASE + "/indicators", bad, Map.of("Accept-Language", "de"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).contains("code", "name", "unit");
		assertThat(refused.json().get("errors").toString()).contains("Bitte geben Sie einen Namen an.");
		Api.Response noScale = officer.post(BASE + "/indicators", ownIndicator("KOM-QUOTE", "RATE", null));
		assertThat(noScale.status()).isEqualTo(400);
		assertThat(noScale.json().get("errors").get(0).get("field").asString()).isEqualTo("scale");
		assertThat(viewer.get(BASE + "/indicators?origin=OWN").json().get("totalElements").asInt()).isZero();

		Api.Response created = officer.post(BASE + "/indicators", ownIndicator("KOM-SPRACHKURS", "COUNT", null));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("origin").asString()).isEqualTo("OWN");
		assertThat(officer.post(BASE + "/indicators", ownIndicator("kom-sprachkurs", "COUNT", null)).status())
			.as("codes are unique regardless of case").isEqualTo(409);
		String id = created.json().get("id").asString();
		assertThat(viewer.post(BASE + "/indicators", ownIndicator("KOM-X", "COUNT", null)).status()).isEqualTo(403);
		assertThat(counsellor.put(BASE + "/indicators/" + id, ownIndicator("KOM-X", "COUNT", null), created.header("ETag"))
			.status()).isEqualTo(403);

		Map<String, Object> renamed = ownIndicator("KOM-SPRACHKURS", "COUNT", null);
		renamed.put("name", "Sprachkurse: Teilnehmende");
		assertThat(officer.put(BASE + "/indicators/" + id, renamed, null).status()).isEqualTo(428);
		Api.Response changed = officer.put(BASE + "/indicators/" + id, renamed, created.header("ETag"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("name").asString()).isEqualTo("Sprachkurse: Teilnehmende");
		assertThat(officer.put(BASE + "/indicators/" + id, renamed, created.header("ETag")).status()).isEqualTo(412);

		Api.Response value = officer.post(BASE + "/values", Map.of("indicatorId", id, "period", "2025", "value", 14));
		assertThat(value.status()).isEqualTo(201);
		Api.Response inUse = officer.delete(BASE + "/indicators/" + id, changed.header("ETag"));
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().get("type").asString()).isEqualTo("urn:mosaik:problem:in-use");
		Map<String, Object> recoded = ownIndicator("KOM-NEU", "COUNT", null);
		assertThat(officer.put(BASE + "/indicators/" + id, recoded, changed.header("ETag")).json().get("errors").get(0)
			.get("field").asString()).as("the code of an indicator with values stays").isEqualTo("code");

		assertThat(officer.delete(BASE + "/values/" + value.json().get("id").asString(), value.header("ETag")).status())
			.isEqualTo(204);
		assertThat(officer.delete(BASE + "/indicators/" + id, changed.header("ETag")).status()).isEqualTo(204);
		assertThat(viewer.get(BASE + "/indicators/" + id).status()).isEqualTo(404);
	}

	@Test
	void valuesAreEnteredForTheOwnAreaOncePerPeriodAndRatesAreComputedFromNumeratorAndDenominator() {
		prepare();
		String share = indicator("NI-MT-1.2.2").get("id").asString();
		String foreigners = indicator("NI-MT-1.2.1").get("id").asString();

		Api.Response badPeriod = officer.send("POST", BASE + "/values",
				Map.of("indicatorId", foreigners, "period", "Sommer 2025", "value", 5), Map.of("Accept-Language", "en"));
		assertThat(badPeriod.status()).isEqualTo(400);
		assertThat(badPeriod.json().get("errors").get(0).get("message").asString())
			.isEqualTo("A period is a year (2025), a quarter (2025-Q3) or a month (2025-07).");
		Api.Response noValue = officer.post(BASE + "/values", Map.of("indicatorId", foreigners, "period", "2024"));
		assertThat(noValue.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
		Api.Response unknown = officer.post(BASE + "/values",
				Map.of("indicatorId", java.util.UUID.randomUUID().toString(), "period", "2024", "value", 1));
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("indicatorId");
		Api.Response negativeCases = officer.post(BASE + "/values",
				Map.of("indicatorId", foreigners, "period", "2024", "value", 1, "cases", -1));
		assertThat(negativeCases.json().get("errors").get(0).get("field").asString()).isEqualTo("cases");
		assertThat(viewer.get(BASE + "/values?indicatorId=" + foreigners).json().get("totalElements").asInt())
			.as("nothing stored on bad input").isZero();

		Api.Response rate = officer.post(BASE + "/values",
				Map.of("indicatorId", share, "period", "2024", "numerator", 450, "denominator", 6000, "cases", 450));
		assertThat(rate.status()).isEqualTo(201);
		assertThat(rate.json().get("value").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(rate.json().get("area").asString()).isEqualTo(TENANT);
		assertThat(rate.json().get("source").asString()).isEqualTo("MANUAL");

		Api.Response quarter = officer.post(BASE + "/values",
				Map.of("indicatorId", foreigners, "period", "2025-Q3", "value", 460));
		assertThat(quarter.json().get("periodType").asString()).isEqualTo("QUARTER");
		assertThat(quarter.json().get("periodStart").asString()).isEqualTo("2025-07-01");
		Api.Response twice = officer.post(BASE + "/values", Map.of("indicatorId", foreigners, "period", "2025-Q3", "value", 1));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("errors").get(0).get("field").asString()).isEqualTo("period");

		String id = quarter.json().get("id").asString();
		Api.Response corrected = officer.put(BASE + "/values/" + id,
				Map.of("indicatorId", foreigners, "period", "2025-Q3", "value", 470), quarter.header("ETag"));
		assertThat(corrected.json().get("value").asInt()).isEqualTo(470);
		assertThat(officer.put(BASE + "/values/" + id, Map.of("indicatorId", foreigners, "period", "2025-Q3", "value", 480),
				quarter.header("ETag")).status()).isEqualTo(412);
		assertThat(viewer.put(BASE + "/values/" + id, Map.of("indicatorId", foreigners, "period", "2025-Q3", "value", 480),
				corrected.header("ETag")).status()).isEqualTo(403);

		JsonNode list = viewer.get(BASE + "/values?sort=periodStart,desc&size=10").json();
		assertThat(list.get("content").findValuesAsString("period")).containsExactly("2025-Q3", "2024");
		assertThat(viewer.get(BASE + "/values?sort=nonsense").status()).isEqualTo(400);

		Api.Response csv = viewer.send("GET", BASE + "/values.csv?indicatorId=" + share, null, Map.of("Accept", "text/csv"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.raw().body()).startsWith("\uFEFFindikator;name;einheit;gebiet;zeitraum;wert")
			.contains("NI-MT-1.2.2;Anteil der Ausländerinnen und Ausländer (Ausländeranteil);Prozent;" + TENANT
					+ ";2024;7,5;450;6000;450;MANUAL;");

		Api.Response sibling = Api.as(new Tokens(encoder).forSubject("mon-sibling")).get(BASE + "/values/" + id);
		assertThat(sibling.status()).as("another council's officer").isEqualTo(404);
	}

	@Test
	void aSuspendedCouncilReadsAndExportsItsValuesButChangesNothing() {
		prepare();
		String boehme = "03358003";
		fixtures.council(boehme);
		fixtures.grant("mon-boehme", boehme, Role.MUNICIPAL_OFFICER);
		fixtures.grant("mon-operator", null, Role.PLATFORM_OPERATOR);
		Tokens tokens = new Tokens(encoder);
		Api officer = Api.as(tokens.forSubject("mon-boehme"));
		String base = "/api/v1/tenants/" + boehme + "/monitoring";
		String foreigners = officer.get(base + "/indicators?q=NI-MT-1.2.1").json().get("content").get(0).get("id").asString();
		assertThat(officer.post(base + "/values", Map.of("indicatorId", foreigners, "period", "2023", "value", 80)).status())
			.isEqualTo(201);
		assertThat(Api.as(tokens.forSubject("mon-operator"))
			.post("/api/v1/platform/councils/" + boehme + "/suspension", Map.of("reason", "Rechnung offen"))
			.status()).isEqualTo(200);

		Api.Response refused = officer.post(base + "/values", Map.of("indicatorId", foreigners, "period", "2024", "value", 90));
		assertThat(refused.status()).isEqualTo(423);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:mosaik:problem:tenant-suspended");
		assertThat(officer.post(base + "/indicators", ownIndicator("KOM-GESPERRT", "COUNT", null)).status()).isEqualTo(423);
		assertThat(officer.get(base + "/values").json().get("totalElements").asInt()).isEqualTo(1);
		assertThat(officer.send("GET", base + "/values.csv", null, Map.of("Accept", "text/csv")).status()).isEqualTo(200);
	}
}

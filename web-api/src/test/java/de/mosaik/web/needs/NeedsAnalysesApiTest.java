package de.mosaik.web.needs;

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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Needs analyses and their findings over HTTP. This class's council: Borken (Hessen) in the Schwalm-Eder-Kreis. */
class NeedsAnalysesApiTest extends IntegrationTest {

	static final String TENANT = "06634001";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api officer;

	Api viewer;

	@BeforeEach
	void council() {
		fixtures.council(TENANT);
		fixtures.grant("needs-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("needs-viewer", TENANT, Role.VIEWER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("needs-officer"));
		viewer = Api.as(tokens.forSubject("needs-viewer"));
	}

	private static String id(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isIn(200, 201);
		return response.json().get("id").asString();
	}

	private Map<String, Object> analysis(String title, String method, String date) {
		return Map.of("title", title, "method", method, "conductedOn", date, "participantsTotal", 48, "groups",
				List.of(Map.of("label", "Geflüchtete", "participants", 30), Map.of("label", "Ehrenamtliche", "participants", 18)),
				"summary", "Befragung in der Kernstadt und den Stadtteilen.");
	}

	@Test
	void anAnalysisIsRecordedWithParticipantCountsAndChangedOnlyWithTheCurrentEtag() {
		Api.Response created = officer.post(BASE + "/needs-analyses", analysis("Befragung Neuzugewanderter 2025", "SURVEY", "2025-03-14"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(created.header("Location")).endsWith("/needs-analyses/" + created.json().get("id").asString());
		assertThat(created.json().get("groups").findValuesAsString("label")).containsExactly("Geflüchtete", "Ehrenamtliche");
		assertThat(created.json().get("groups").get(1).get("participants").asInt()).isEqualTo(18);
		String path = BASE + "/needs-analyses/" + created.json().get("id").asString();

		Map<String, Object> changed = Map.of("title", "Befragung Neuzugewanderter 2025", "method", "SURVEY",
				"conductedOn", "2025-03-14", "participantsTotal", 52, "groups", List.of(Map.of("label", "Geflüchtete", "participants", 34)));
		assertThat(officer.put(path, changed, null).status()).as("If-Match is required").isEqualTo(428);
		Api.Response updated = officer.put(path, changed, created.header("ETag"));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("groups")).hasSize(1);
		assertThat(updated.json().get("summary").isNull()).isTrue();
		assertThat(officer.put(path, changed, created.header("ETag")).status()).as("a stale ETag").isEqualTo(412);
		assertThat(viewer.get(path).json().get("participantsTotal").asInt()).isEqualTo(52);
		assertThat(viewer.put(path, changed, updated.header("ETag")).status()).isEqualTo(403);
		assertThat(viewer.delete(path, updated.header("ETag")).status()).isEqualTo(403);
		assertThat(officer.delete(path, created.header("ETag")).status()).isEqualTo(412);
		assertThat(officer.delete(path, updated.header("ETag")).status()).isEqualTo(204);
		assertThat(officer.get(path).status()).isEqualTo(404);
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		long before = officer.get(BASE + "/needs-analyses?size=1").json().get("totalElements").asLong();
		Api.Response negative = officer.send("POST", BASE + "/needs-analyses",
				Map.of("title", "", "method", "SURVEY", "conductedOn", "2025-01-01", "participantsTotal", -1,
						"groups", List.of(Map.of("label", "Jugendliche", "participants", -2))),
				Map.of("Accept-Language", "de"));
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().get("type").asString()).isEqualTo("urn:mosaik:problem:validation");
		assertThat(negative.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("title", "participantsTotal", "groups[0].participants");
		assertThat(negative.json().get("errors").findValuesAsString("message"))
			.contains("Die Zahl der Teilnehmenden muss zwischen 0 und 10.000.000 liegen.");

		Api.Response groupAboveTotal = officer.send("POST", BASE + "/needs-analyses",
				Map.of("title", "Workshop Kita", "method", "WORKSHOP", "conductedOn", "2025-01-01", "participantsTotal", 10,
						"groups", List.of(Map.of("label", "Eltern", "participants", 12))),
				Map.of("Accept-Language", "en"));
		assertThat(groupAboveTotal.status()).isEqualTo(400);
		assertThat(groupAboveTotal.json().get("errors").get(0).get("field").asString()).isEqualTo("groups[0].participants");
		assertThat(groupAboveTotal.json().get("errors").get(0).get("message").asString())
			.isEqualTo("A group cannot have more participants than the analysis in total.");

		Api.Response unknownMethod = officer.post(BASE + "/needs-analyses",
				Map.of("title", "Orakel", "method", "ORACLE", "conductedOn", "2025-01-01"));
		assertThat(unknownMethod.status()).isEqualTo(400);
		assertThat(officer.get(BASE + "/needs-analyses?size=1").json().get("totalElements").asLong()).isEqualTo(before);
	}

	@Test
	void theListIsPagedSortedSearchedAndFilteredByMethod() {
		id(officer.post(BASE + "/needs-analyses", analysis("Sozialraumanalyse Nord", "STATISTICS", "2024-06-01")));
		id(officer.post(BASE + "/needs-analyses", analysis("Interviews Arbeitgeber", "INTERVIEWS", "2024-09-01")));
		String workshop = id(officer.post(BASE + "/needs-analyses", analysis("Zukunftswerkstatt Ehrenamt", "WORKSHOP", "2024-11-20")));
		id(officer.post(BASE + "/needs-analyses/" + workshop + "/findings", Map.of("text", "Es fehlt an Kinderbetreuung während der Sprachkurse.")));

		Api.Response first = viewer.get(BASE + "/needs-analyses?q=a&sort=title&size=2");
		assertThat(first.json().get("size").asInt()).isEqualTo(2);
		assertThat(first.json().get("totalPages").asInt()).isGreaterThanOrEqualTo(2);
		List<String> titles = viewer.get(BASE + "/needs-analyses?sort=conductedOn,desc&size=200").json().get("content")
			.findValuesAsString("title");
		assertThat(titles.indexOf("Zukunftswerkstatt Ehrenamt")).isLessThan(titles.indexOf("Sozialraumanalyse Nord"));

		assertThat(viewer.get(BASE + "/needs-analyses?method=INTERVIEWS").json().get("content").findValuesAsString("title"))
			.contains("Interviews Arbeitgeber").doesNotContain("Sozialraumanalyse Nord");
		assertThat(viewer.get(BASE + "/needs-analyses?q=kinderbetreuung").json().get("content").findValuesAsString("title"))
			.as("the search finds the text of a finding").containsExactly("Zukunftswerkstatt Ehrenamt");
		assertThat(viewer.get(BASE + "/needs-analyses?sort=participants").status()).isEqualTo(400);
		assertThat(viewer.get(BASE + "/needs-analyses?size=500").status()).isEqualTo(400);
	}

	@Test
	void findingsKeepTheirOrderAndJustifyGoalsAndMeasuresUntilTheseAreDeleted() {
		String concept = id(officer.post(BASE + "/concepts", Map.of("title", "Konzept Borken")));
		String field = officer.get(BASE + "/fields-of-action?q=Bildung").json().get("content").get(0).get("id").asString();
		String goal = id(officer.post(BASE + "/concepts/" + concept + "/goals", Map.of("fieldOfActionId", field, "title", "Kita-Plätze für alle")));
		String other = id(officer.post(BASE + "/concepts/" + concept + "/goals", Map.of("fieldOfActionId", field, "title", "Hausaufgabenhilfe")));
		String measure = id(officer.post(BASE + "/goals/" + goal + "/measures", Map.of("title", "Brückenkita", "status", "PLANNED")));
		String analysis = id(officer.post(BASE + "/needs-analyses", analysis("Elternbefragung Kita", "SURVEY", "2025-02-01")));
		String findings = BASE + "/needs-analyses/" + analysis + "/findings";

		String a = id(officer.post(findings, Map.of("text", "Wartelisten sind lang.", "goalIds", List.of(goal))));
		String b = id(officer.post(findings, Map.of("text", "Eltern kennen die Angebote nicht.", "measureIds", List.of(measure))));
		String c = id(officer.post(findings, Map.of("text", "Sprachbarrieren bei der Anmeldung.", "position", 1,
				"goalIds", List.of(goal, other), "measureIds", List.of(measure))));
		assertThat(texts(findings)).containsExactly("Sprachbarrieren bei der Anmeldung.", "Wartelisten sind lang.",
				"Eltern kennen die Angebote nicht.");

		Api.Response read = officer.get(BASE + "/findings/" + b);
		Api.Response moved = officer.put(BASE + "/findings/" + b, Map.of("text", "Eltern kennen die Angebote nicht.",
				"measureIds", List.of(measure), "position", 1), read.header("ETag"));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(texts(findings)).containsExactly("Eltern kennen die Angebote nicht.", "Sprachbarrieren bei der Anmeldung.",
				"Wartelisten sind lang.");
		assertThat(officer.get(findings).json().findValuesAsString("position")).containsExactly("1", "2", "3");
		assertThat(officer.get(BASE + "/findings/" + a).header("ETag")).as("moving others changes no one's version").isEqualTo("\"0\"");

		Api.Response foreignGoal = officer.send("POST", findings, Map.of("text", "Irgendwas", "goalIds",
				List.of("00000000-0000-0000-0000-00000000beef")), Map.of("Accept-Language", "de"));
		assertThat(foreignGoal.status()).isEqualTo(400);
		assertThat(foreignGoal.json().get("errors").get(0).get("field").asString()).isEqualTo("goalIds");
		assertThat(foreignGoal.json().get("errors").get(0).get("message").asString()).isEqualTo("Mindestens eines der Ziele gibt es nicht.");
		assertThat(officer.get(findings).json()).hasSize(3);

		assertThat(viewer.get(BASE + "/goals/" + goal + "/justifications").json().findValuesAsString("text"))
			.containsExactlyInAnyOrder("Sprachbarrieren bei der Anmeldung.", "Wartelisten sind lang.");
		JsonNode forMeasure = viewer.get(BASE + "/measures/" + measure + "/justifications").json();
		assertThat(forMeasure.findValuesAsString("analysisTitle")).containsOnly("Elternbefragung Kita");
		assertThat(forMeasure).hasSize(2);

		assertThat(officer.delete(BASE + "/measures/" + measure, "\"0\"").status()).isEqualTo(204);
		assertThat(officer.delete(BASE + "/goals/" + other, "\"0\"").status()).isEqualTo(204);
		JsonNode sprachbarrieren = officer.get(BASE + "/findings/" + c).json();
		assertThat(sprachbarrieren.get("text").asString()).as("the finding stays").isEqualTo("Sprachbarrieren bei der Anmeldung.");
		assertThat(sprachbarrieren.get("goalIds")).hasSize(1);
		assertThat(sprachbarrieren.get("goalIds").get(0).asString()).isEqualTo(goal);
		assertThat(sprachbarrieren.get("measureIds")).isEmpty();

		assertThat(officer.delete(BASE + "/findings/" + b, "\"1\"").status()).isEqualTo(204);
		assertThat(texts(findings)).containsExactly("Sprachbarrieren bei der Anmeldung.", "Wartelisten sind lang.");
		assertThat(officer.get(findings).json().findValuesAsString("position")).containsExactly("1", "2");
		assertThat(viewer.post(findings, Map.of("text", "Lesende schreiben nicht")).status()).isEqualTo(403);
	}

	private List<String> texts(String findings) {
		return officer.get(findings).json().findValuesAsString("text");
	}
}

package de.mosaik.web.concept;

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

/** Evaluation and roll-up over HTTP. This class's councils: Landkreis Regensburg (09375) and Alteglofsheim (09375113). */
class EvaluationApiTest extends IntegrationTest {

	static final String TENANT = "09375113";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api officer;

	Api viewer;

	private void prepare() {
		if (officer != null) {
			return;
		}
		fixtures.council(TENANT);
		fixtures.grant("eval-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("eval-viewer", TENANT, Role.VIEWER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("eval-officer"));
		viewer = Api.as(tokens.forSubject("eval-viewer"));
	}

	private String id(Api.Response created) {
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String field(String name) {
		return officer.get(BASE + "/fields-of-action?q=" + name).json().get("content").get(0).get("id").asString();
	}

	private String measure(String goal, String title, String status, String planned, String spent) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("status", status);
		body.put("budgetPlanned", planned);
		body.put("budgetSpent", spent);
		return id(officer.post(BASE + "/goals/" + goal + "/measures", body));
	}

	@Test
	void theRollupCountsMeasuresByStatusAndSumsBudgetsPerGoalAndFieldOfAction() {
		prepare();
		String concept = id(officer.post(BASE + "/concepts", Map.of("title", "Konzept Bilanz")));
		String courses = id(officer.post(BASE + "/concepts/" + concept + "/goals",
				Map.of("fieldOfActionId", field("Sprache"), "title", "Sprachkurse")));
		String cafe = id(officer.post(BASE + "/concepts/" + concept + "/goals",
				Map.of("fieldOfActionId", field("Sprache"), "title", "Sprachcafés")));
		String housing = id(officer.post(BASE + "/concepts/" + concept + "/goals",
				Map.of("fieldOfActionId", field("Wohnen"), "title", "Wohnraum")));
		measure(courses, "Kurs A", "RUNNING", "1000.00", "250.50");
		measure(courses, "Kurs B", "DONE", "2000", "1999.99");
		measure(cafe, "Café", "RUNNING", "500", null);
		measure(housing, "Börse", "PLANNED", null, null);

		JsonNode goal = viewer.get(BASE + "/goals/" + courses + "/rollup").json();
		assertThat(goal.get("measures").asLong()).isEqualTo(2);
		assertThat(goal.get("byStatus").get("RUNNING").asLong()).isEqualTo(1);
		assertThat(goal.get("byStatus").get("DONE").asLong()).isEqualTo(1);
		assertThat(goal.get("byStatus").get("STOPPED").asLong()).isZero();
		assertThat(goal.get("budgetPlanned").decimalValue()).isEqualByComparingTo("3000");
		assertThat(goal.get("budgetSpent").decimalValue()).isEqualByComparingTo("2250.49");

		JsonNode rollup = viewer.get(BASE + "/concepts/" + concept + "/rollup").json();
		assertThat(rollup.get("fields").findValuesAsString("name")).containsExactly("Sprache", "Wohnen");
		JsonNode sprache = rollup.get("fields").get(0);
		assertThat(sprache.get("figures").get("byStatus").get("RUNNING").asLong()).isEqualTo(2);
		assertThat(sprache.get("figures").get("budgetPlanned").decimalValue()).isEqualByComparingTo("3500");
		assertThat(sprache.get("goals").findValuesAsString("title")).containsExactly("Sprachcafés", "Sprachkurse");
		assertThat(rollup.get("total").get("measures").asLong()).isEqualTo(4);
		assertThat(rollup.get("total").get("byStatus").get("PLANNED").asLong()).isEqualTo(1);
		assertThat(rollup.get("total").get("budgetSpent").decimalValue()).isEqualByComparingTo("2250.49");
		assertThat(viewer.get(BASE + "/concepts/00000000-0000-0000-0000-000000000001/rollup").status()).isEqualTo(404);
	}

	@Test
	void aMeasureIsAssessedWithTargetAndActualValuesPerPeriod() {
		prepare();
		String concept = id(officer.post(BASE + "/concepts", Map.of("title", "Konzept Bewertung")));
		String goal = id(officer.post(BASE + "/concepts/" + concept + "/goals",
				Map.of("fieldOfActionId", field("Bildung"), "title", "Hausaufgabenhilfe")));
		String measure = measure(goal, "Lernpaten", "RUNNING", null, null);
		String path = BASE + "/measures/" + measure + "/evaluation";

		Api.Response empty = viewer.get(path);
		assertThat(empty.json().get("values")).isEmpty();
		assertThat(officer.put(path + "/assessment", Map.of("assessment", "Gut angenommen"), null).status()).isEqualTo(428);
		Api.Response assessed = officer.put(path + "/assessment", Map.of("assessment", "Gut angenommen"), empty.header("ETag"));
		assertThat(assessed.status()).isEqualTo(200);
		assertThat(assessed.json().get("assessment").asString()).isEqualTo("Gut angenommen");
		assertThat(officer.put(path + "/assessment", Map.of("assessment", "Überschrieben"), empty.header("ETag")).status())
			.isEqualTo(412);

		Api.Response year = officer.post(path + "/values", Map.of("period", "2025", "target", 20, "actual", 17));
		assertThat(year.status()).isEqualTo(201);
		officer.post(path + "/values", Map.of("period", "2025-Q3", "target", 5));
		assertThat(officer.post(path + "/values", Map.of("period", "2025", "target", 1)).status()).isEqualTo(409);
		Api.Response badPeriod = officer.send("POST", path + "/values", Map.of("period", "Sommer", "target", 1),
				Map.of("Accept-Language", "en"));
		assertThat(badPeriod.status()).isEqualTo(400);
		assertThat(badPeriod.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
		assertThat(badPeriod.json().get("errors").get(0).get("message").asString()).startsWith("The period is a year");

		JsonNode evaluation = viewer.get(path).json();
		assertThat(evaluation.get("values").findValuesAsString("period")).containsExactly("2025", "2025-Q3");
		assertThat(evaluation.get("values").get(0).get("actual").decimalValue()).isEqualByComparingTo("17");
		assertThat(evaluation.get("values").get(1).get("actual").isNull()).isTrue();

		String q3 = evaluation.get("values").get(1).get("id").asString();
		Api.Response measured = officer.put(BASE + "/evaluation-values/" + q3,
				Map.of("period", "2025-Q3", "target", 5, "actual", 6), "\"0\"");
		assertThat(measured.json().get("actual").decimalValue()).isEqualByComparingTo("6");
		assertThat(viewer.post(path + "/values", Map.of("period", "2026", "target", 1)).status()).isEqualTo(403);
		assertThat(officer.delete(BASE + "/evaluation-values/" + q3, "\"1\"").status()).isEqualTo(204);
		assertThat(viewer.get(path).json().get("values")).hasSize(1);
	}
}

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

/** The integration concept over HTTP. This class's councils: Landkreis Cham (09372) and its Gemeinde Arnschwang. */
class ConceptApiTest extends IntegrationTest {

	static final String TENANT = "09372112";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api officer;

	Api coordinator;

	Api viewer;

	Api counsellor;

	private void prepare() {
		if (officer != null) {
			return;
		}
		fixtures.council(TENANT);
		fixtures.grant("concept-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("concept-coordinator", TENANT, Role.COUNTY_COORDINATOR);
		fixtures.grant("concept-viewer", TENANT, Role.VIEWER);
		fixtures.grant("concept-counsellor", TENANT, Role.COUNSELLOR);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("concept-officer"));
		coordinator = Api.as(tokens.forSubject("concept-coordinator"));
		viewer = Api.as(tokens.forSubject("concept-viewer"));
		counsellor = Api.as(tokens.forSubject("concept-counsellor"));
	}

	private String fieldId(String name) {
		JsonNode content = officer.get(BASE + "/fields-of-action?q=" + name.replace(" ", "%20")).json().get("content");
		return content.get(0).get("id").asString();
	}

	private String create(Api api, String path, Map<String, ?> body) {
		Api.Response created = api.post(path, body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void aNewTenantHasTheSevenFieldsOfActionInTheirOrder() {
		prepare();
		Api.Response list = viewer.get(BASE + "/fields-of-action?size=50");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("content").findValuesAsString("name")).startsWith("Sprache", "Bildung",
				"Arbeit und Ausbildung", "Wohnen", "Gesundheit", "Teilhabe", "Antidiskriminierung");
	}

	@Test
	void fieldsOfActionAreEditedWithEtagsAndOneWithGoalsCannotBeDeleted() {
		prepare();
		Api.Response created = officer.post(BASE + "/fields-of-action", Map.of("name", "Sport", "position", 80));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(officer.post(BASE + "/fields-of-action", Map.of("name", "sport")).status()).isEqualTo(409);
		Api.Response renamed = officer.put(BASE + "/fields-of-action/" + id,
				Map.of("name", "Sport und Freizeit", "position", 80), created.header("ETag"));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(officer.put(BASE + "/fields-of-action/" + id, Map.of("name", "Sport"), created.header("ETag")).status())
			.isEqualTo(412);

		String concept = create(officer, BASE + "/concepts", Map.of("title", "Konzept mit Sport"));
		String goal = create(officer, BASE + "/concepts/" + concept + "/goals", Map.of("fieldOfActionId", id, "title", "Mehr Vereinsmitglieder"));
		Api.Response inUse = officer.delete(BASE + "/fields-of-action/" + id, renamed.header("ETag"));
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().get("type").asString()).isEqualTo("urn:mosaik:problem:in-use");

		assertThat(officer.delete(BASE + "/goals/" + goal, "\"0\"").status()).isEqualTo(204);
		assertThat(officer.delete(BASE + "/fields-of-action/" + id, renamed.header("ETag")).status()).isEqualTo(204);
	}

	@Test
	void adoptingNeedsTheResolutionAndSupersedesTheConceptAdoptedBefore() {
		prepare();
		Api.Response first = coordinator.post(BASE + "/concepts", Map.of("title", "Integrationskonzept 2022"));
		String firstId = first.json().get("id").asString();
		assertThat(first.json().get("status").asString()).isEqualTo("DRAFT");
		int edition = first.json().get("edition").asInt();

		Api.Response consultation = coordinator.post(BASE + "/concepts/" + firstId + "/status",
				Map.of("status", "IN_CONSULTATION"));
		assertThat(consultation.status()).as("If-Match is required").isEqualTo(428);
		consultation = coordinator.send("POST", BASE + "/concepts/" + firstId + "/status",
				Map.of("status", "IN_CONSULTATION"), Map.of("If-Match", "\"0\""));
		assertThat(consultation.json().get("status").asString()).isEqualTo("IN_CONSULTATION");

		Api.Response withoutResolution = coordinator.send("POST", BASE + "/concepts/" + firstId + "/status",
				Map.of("status", "ADOPTED"), Map.of("If-Match", "\"1\"", "Accept-Language", "en"));
		assertThat(withoutResolution.status()).isEqualTo(400);
		assertThat(withoutResolution.json().get("errors").get(0).get("field").asString()).isEqualTo("resolutionDate");
		assertThat(withoutResolution.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Please enter the date of the council resolution.");

		Api.Response adopted = coordinator.send("POST", BASE + "/concepts/" + firstId + "/status",
				Map.of("status", "ADOPTED", "resolutionDate", "2022-03-15", "resolutionReference", "DS 2022/017"),
				Map.of("If-Match", "\"1\""));
		assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
		assertThat(adopted.json().get("resolutionReference").asString()).isEqualTo("DS 2022/017");
		assertThat(officer.delete(BASE + "/concepts/" + firstId, adopted.header("ETag")).status()).isEqualTo(409);

		Api.Response second = officer.post(BASE + "/concepts", Map.of("title", "Integrationskonzept 2026"));
		assertThat(second.json().get("edition").asInt()).isEqualTo(edition + 1);
		String secondId = second.json().get("id").asString();
		Api.Response adoptedAgain = officer.send("POST", BASE + "/concepts/" + secondId + "/status",
				Map.of("status", "ADOPTED", "resolutionDate", "2026-02-10", "resolutionReference", "DS 2026/004"),
				Map.of("If-Match", "\"0\""));
		assertThat(adoptedAgain.status()).isEqualTo(200);
		JsonNode old = officer.get(BASE + "/concepts/" + firstId).json();
		assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(old.get("supersededAt").isNull()).isFalse();

		Api.Response back = officer.send("POST", BASE + "/concepts/" + firstId + "/status", Map.of("status", "ADOPTED",
				"resolutionDate", "2026-03-01", "resolutionReference", "x"), Map.of("If-Match", "\"" + old.get("version").asLong() + "\""));
		assertThat(back.status()).as("a superseded concept stays superseded").isEqualTo(400);
		assertThat(back.json().get("errors").get(0).get("field").asString()).isEqualTo("status");

		Api.Response list = viewer.get(BASE + "/concepts?q=Integrationskonzept%202");
		assertThat(list.json().get("content").findValuesAsString("title")).startsWith("Integrationskonzept 2026",
				"Integrationskonzept 2022");
	}

	@Test
	void aGoalWithAMeasureAndAMilestone() {
		prepare();
		String concept = create(officer, BASE + "/concepts", Map.of("title", "Konzept Maßnahmen"));
		String sprache = fieldId("Sprache");
		Map<String, Object> goalData = new HashMap<>(Map.of("fieldOfActionId", sprache, "title", "Mehr Sprachkurse",
				"description", "Kurse für Erwachsene", "targetValue", 12, "targetUnit", "Kurse", "targetYear", 2028));
		Api.Response goalCreated = officer.post(BASE + "/concepts/" + concept + "/goals", goalData);
		assertThat(goalCreated.status()).as(goalCreated.toString()).isEqualTo(201);
		String goal = goalCreated.json().get("id").asString();
		assertThat(goalCreated.json().get("targetValue").decimalValue()).isEqualByComparingTo("12");

		String department = officer.get(BASE + "/departments?q=Sozialamt").json().get("content").get(0).get("id").asString();
		Map<String, Object> measure = new HashMap<>();
		measure.put("title", "Sprachcafé");
		measure.put("description", "Wöchentliches Treffen");
		measure.put("responsibleDepartmentId", department);
		measure.put("partners", "VHS, Caritas");
		measure.put("startDate", "2026-01-01");
		measure.put("endDate", "2026-12-31");
		measure.put("budgetPlanned", "5000.00");
		measure.put("budgetSpent", "1200.50");
		measure.put("fundingSource", "Landesprogramm");
		measure.put("status", "RUNNING");
		Api.Response created = officer.post(BASE + "/goals/" + goal + "/measures", measure);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("budgetSpent").decimalValue()).isEqualByComparingTo("1200.50");
		assertThat(created.json().get("currency").asString()).isEqualTo("EUR");
		assertThat(created.json().get("responsibleDepartmentId").asString()).isEqualTo(department);

		Api.Response milestone = officer.post(BASE + "/measures/" + id + "/milestones",
				Map.of("title", "Raum gefunden", "dueDate", "2026-02-01"));
		assertThat(milestone.status()).isEqualTo(201);
		Api.Response done = officer.put(BASE + "/milestones/" + milestone.json().get("id").asString(),
				Map.of("title", "Raum gefunden", "dueDate", "2026-02-01", "done", true), milestone.header("ETag"));
		assertThat(done.json().get("done").asBoolean()).isTrue();
		assertThat(counsellor.get(BASE + "/measures/" + id + "/milestones").json().findValuesAsString("title"))
			.containsExactly("Raum gefunden");

		assertThat(viewer.get(BASE + "/goals/" + goal + "/measures?status=RUNNING&q=café").json().get("totalElements").asLong())
			.isEqualTo(1);
		assertThat(officer.get(BASE + "/goals/" + goal + "/measures?sort=budget").status()).isEqualTo(400);
		assertThat(officer.delete(BASE + "/goals/" + goal, goalCreated.header("ETag")).status())
			.as("a goal with measures stays").isEqualTo(409);

		assertThat(officer.delete(BASE + "/measures/" + id, "\"0\"").status()).isEqualTo(204);
		assertThat(officer.get(BASE + "/milestones/" + milestone.json().get("id").asString()).status())
			.as("milestones go with their measure").isEqualTo(404);
	}

	@Test
	void invalidMeasuresAreRefusedNamingTheFieldAndNothingIsStored() {
		prepare();
		String concept = create(officer, BASE + "/concepts", Map.of("title", "Konzept Prüfungen"));
		String goal = create(officer, BASE + "/concepts/" + concept + "/goals",
				Map.of("fieldOfActionId", fieldId("Wohnen"), "title", "Wohnraum"));
		Api.Response refused = officer.send("POST", BASE + "/goals/" + goal + "/measures",
				Map.of("title", " ", "budgetPlanned", "-1", "status", "RUNNING"), Map.of("Accept-Language", "en"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:mosaik:problem:validation");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"budgetPlanned");
		assertThat(refused.json().get("errors").findValuesAsString("message")).contains("The amount must not be negative.");

		Api.Response backwards = officer.send("POST", BASE + "/goals/" + goal + "/measures",
				Map.of("title", "Wohnungsbörse", "startDate", "2026-05-01", "endDate", "2026-04-30", "status", "PLANNED"),
				Map.of("Accept-Language", "de"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("endDate");
		assertThat(backwards.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Das Ende darf nicht vor dem Beginn liegen.");

		Api.Response unknownDepartment = officer.post(BASE + "/goals/" + goal + "/measures", Map.of("title", "X",
				"status", "PLANNED", "responsibleDepartmentId", "00000000-0000-0000-0000-000000000001"));
		assertThat(unknownDepartment.json().get("errors").get(0).get("field").asString()).isEqualTo("responsibleDepartmentId");
		Api.Response unknownField = officer.post(BASE + "/concepts/" + concept + "/goals",
				Map.of("fieldOfActionId", "00000000-0000-0000-0000-000000000001", "title", "X"));
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(officer.get(BASE + "/goals/" + goal + "/measures").json().get("totalElements").asLong()).isZero();
		assertThat(officer.get(BASE + "/concepts/" + concept + "/goals").json().get("totalElements").asLong()).isEqualTo(1);
		assertThat(officer.post(BASE + "/goals/00000000-0000-0000-0000-000000000001/measures",
				Map.of("title", "X", "status", "PLANNED")).status()).isEqualTo(404);
	}

	@Test
	void viewersAndCounsellorsReadButCannotChange() {
		prepare();
		assertThat(viewer.get(BASE + "/concepts").status()).isEqualTo(200);
		assertThat(counsellor.get(BASE + "/fields-of-action").status()).isEqualTo(200);
		assertThat(viewer.post(BASE + "/concepts", Map.of("title", "Beiratskonzept")).status()).isEqualTo(403);
		assertThat(counsellor.post(BASE + "/fields-of-action", Map.of("name", "Beratung")).status()).isEqualTo(403);
		assertThat(officer.get(BASE + "/concepts?q=Beiratskonzept").json().get("totalElements").asLong()).isZero();
	}
}

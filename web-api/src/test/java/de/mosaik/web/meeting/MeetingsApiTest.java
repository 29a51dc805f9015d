package de.mosaik.web.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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
 * Bodies, members, meetings, agenda, attendance and minutes over HTTP. This class's councils: Landkreis
 * Groß-Gerau (06433) with Büttelborn (06433003); Kelsterbach (06433007) is the neighbour whose records
 * must not be reachable from Büttelborn.
 */
class MeetingsApiTest extends IntegrationTest {

	static final String TENANT = "06433003";

	static final String NEIGHBOUR = "06433007";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	Api officer;

	Api viewer;

	Api counsellor;

	Api neighbour;

	private void prepare() {
		if (officer != null) {
			return;
		}
		fixtures.council(TENANT);
		fixtures.council(NEIGHBOUR);
		fixtures.grant("meet-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("meet-viewer", TENANT, Role.VIEWER);
		fixtures.grant("meet-counsellor", TENANT, Role.COUNSELLOR);
		fixtures.grant("meet-neighbour", NEIGHBOUR, Role.MUNICIPAL_OFFICER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("meet-officer"));
		viewer = Api.as(tokens.forSubject("meet-viewer"));
		counsellor = Api.as(tokens.forSubject("meet-counsellor"));
		neighbour = Api.as(tokens.forSubject("meet-neighbour"));
	}

	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	String body(String name, String kind) {
		Api.Response created = officer.post(BASE + "/bodies", map("name", name, "kind", kind));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	Api.Response meeting(String body, String title, String start, String end) {
		return officer.post(BASE + "/bodies/" + body + "/meetings",
				map("title", title, "startsAt", start, "endsAt", end, "location", "Rathaus, Sitzungssaal"));
	}

	static List<String> fields(Api.Response response) {
		return response.json().get("errors").findValuesAsString("field");
	}

	@Test
	void bodiesAndTheirMembersAreKeptWithValidationAndLostUpdateProtection() {
		prepare();
		Api.Response invalid = officer.send("POST", BASE + "/bodies", map("name", " "),
				Map.of("Accept-Language", "en"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(fields(invalid)).containsExactlyInAnyOrder("name", "kind");
		assertThat(invalid.json().get("errors").findValuesAsString("message")).contains("Please enter a name.",
				"Please choose the kind of body.");
		String steering = body("Liste Steuerungskreis Integration", "STEERING_COMMITTEE");
		body("Liste AG Sprache und Bildung", "WORKING_GROUP");
		body("Liste AG Wohnen", "WORKING_GROUP");
		Api.Response duplicate = officer.post(BASE + "/bodies", map("name", "liste steuerungskreis integration", "kind", "OTHER"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(fields(duplicate)).containsExactly("name");

		Api.Response groups = viewer.get(BASE + "/bodies?q=liste&kind=WORKING_GROUP&sort=name,desc");
		assertThat(groups.json().get("content").findValuesAsString("name")).containsExactly("Liste AG Wohnen",
				"Liste AG Sprache und Bildung");
		assertThat(viewer.get(BASE + "/bodies?q=liste%20ag%20sprache").json().get("totalElements").asLong()).isEqualTo(1);
		Api.Response paged = viewer.get(BASE + "/bodies?q=Liste&size=2&page=1");
		assertThat(paged.json().get("totalElements").asLong()).isEqualTo(3);
		assertThat(paged.json().get("content")).hasSize(1);
		assertThat(viewer.get(BASE + "/bodies?sort=secret").status()).isEqualTo(400);
		assertThat(viewer.post(BASE + "/bodies", map("name", "Heimlich", "kind", "OTHER")).status()).isEqualTo(403);
		assertThat(counsellor.post(BASE + "/bodies", map("name", "Heimlich", "kind", "OTHER")).status()).isEqualTo(403);
		assertThat(counsellor.get(BASE + "/bodies/" + steering).status()).as("counsellors read as colleagues do")
			.isEqualTo(200);

		String sozialamt = officer.get(BASE + "/departments?q=Sozialamt").json().get("content").get(0).get("id").asString();
		String members = BASE + "/bodies/" + steering + "/members";
		Api.Response chair = officer.post(members, map("name", "Dr. Gül Şahin", "function", "Leiterin", "departmentId",
				sozialamt, "role", "CHAIR", "termFrom", "2026-01-01", "termTo", "2030-12-31"));
		assertThat(chair.status()).as(chair.toString()).isEqualTo(201);
		officer.post(members, map("name", "Jens Böhm", "organisation", "Caritasverband", "role", "MEMBER"));
		Api.Response both = officer.post(members,
				map("name", "X", "organisation", "VHS", "departmentId", sozialamt, "role", "MEMBER"));
		assertThat(both.status()).isEqualTo(400);
		assertThat(fields(both)).containsExactly("organisation");
		Api.Response term = officer.post(members,
				map("name", "X", "role", "GUEST", "termFrom", "2027-01-01", "termTo", "2026-01-01"));
		assertThat(fields(term)).containsExactly("termTo");
		Api.Response foreignDepartment = officer.post(members, map("name", "X", "role", "GUEST", "departmentId",
				neighbour.get("/api/v1/tenants/" + NEIGHBOUR + "/departments").json().get("content").get(0).get("id").asString()));
		assertThat(fields(foreignDepartment)).as("a department of another council is unknown here")
			.containsExactly("departmentId");
		assertThat(viewer.get(members + "?q=caritas").json().get("content").findValuesAsString("name"))
			.containsExactly("Jens Böhm");
		assertThat(viewer.get(members + "?role=CHAIR").json().get("content").findValuesAsString("name"))
			.containsExactly("Dr. Gül Şahin");

		String chairPath = BASE + "/members/" + chair.json().get("id").asString();
		Map<String, Object> change = map("name", "Dr. Gül Şahin", "function", "Fachbereichsleiterin", "departmentId",
				sozialamt, "role", "CHAIR");
		assertThat(officer.put(chairPath, change, null).status()).isEqualTo(428);
		Api.Response changed = officer.put(chairPath, change, chair.header("ETag"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("function").asString()).isEqualTo("Fachbereichsleiterin");
		assertThat(officer.put(chairPath, change, chair.header("ETag")).status()).as("somebody else changed it")
			.isEqualTo(412);

		Api.Response read = officer.get(BASE + "/bodies/" + steering);
		assertThat(officer.post(BASE + "/bodies/" + steering + "/meetings", map("title", "Auftakt", "startsAt",
				"2027-02-02T16:00:00+01:00", "endsAt", "2027-02-02T18:00:00+01:00")).status()).isEqualTo(201);
		Api.Response kept = officer.delete(BASE + "/bodies/" + steering, read.header("ETag"));
		assertThat(kept.status()).as("a body with meetings keeps its minutes").isEqualTo(409);
		assertThat(officer.get(BASE + "/bodies/" + steering).status()).isEqualTo(200);
	}

	@Test
	void meetingsAreCheckedListedAndFilteredAndTheirAgendaReordered() {
		prepare();
		String ag = body("AG Ehrenamt", "WORKING_GROUP");
		Api.Response badLink = officer.send("POST", BASE + "/bodies/" + ag + "/meetings",
				map("title", "Treffen", "startsAt", "2027-03-01T18:00:00+01:00", "endsAt", "2027-03-01T17:00:00+01:00",
						"onlineUrl", "javascript:alert(1)"),
				Map.of("Accept-Language", "en"));
		assertThat(badLink.status()).isEqualTo(400);
		assertThat(fields(badLink)).containsExactly("endsAt");
		Api.Response link = officer.post(BASE + "/bodies/" + ag + "/meetings", map("title", "Treffen", "startsAt",
				"2027-03-01T17:00:00+01:00", "endsAt", "2027-03-01T18:00:00+01:00", "onlineUrl", "javascript:alert(1)"));
		assertThat(fields(link)).containsExactly("onlineUrl");
		assertThat(officer.get(BASE + "/meetings?bodyId=" + ag).json().get("totalElements").asLong())
			.as("nothing stored").isZero();

		Api.Response march = meeting(ag, "Märztreffen", "2027-03-01T17:00:00+01:00", "2027-03-01T19:00:00+01:00");
		assertThat(march.status()).isEqualTo(201);
		assertThat(march.json().get("status").asString()).isEqualTo("PLANNED");
		meeting(ag, "Aprilfest", "2027-04-05T17:00:00+02:00", "2027-04-05T19:00:00+02:00");
		meeting(ag, "Maitreffen", "2027-05-03T15:00:00Z", "2027-05-03T17:00:00Z");
		Api.Response may = viewer.get(BASE + "/meetings?bodyId=" + ag + "&from=2027-05-01&to=2027-05-31");
		assertThat(may.json().get("content").findValuesAsString("title")).containsExactly("Maitreffen");
		assertThat(may.json().get("content").get(0).get("startsAt").asString()).as("shown in German time")
			.isEqualTo("2027-05-03T17:00:00+02:00");
		assertThat(viewer.get(BASE + "/meetings?bodyId=" + ag + "&sort=startsAt,desc").json().get("content")
			.findValuesAsString("title")).containsExactly("Maitreffen", "Aprilfest", "Märztreffen");
		assertThat(viewer.get(BASE + "/meetings?bodyId=" + ag + "&q=fest").json().get("totalElements").asLong())
			.isEqualTo(1);
		assertThat(viewer.get(BASE + "/meetings?q=Sitzungssaal&bodyId=" + ag + "&size=1").json().get("totalPages")
			.asInt()).isEqualTo(3);

		String meeting = BASE + "/meetings/" + march.json().get("id").asString();
		for (String title : List.of("Begrüßung", "Bericht der Verwaltung", "Verschiedenes")) {
			assertThat(officer.post(meeting + "/agenda-items", map("title", title)).status()).isEqualTo(201);
		}
		assertThat(fields(officer.post(meeting + "/agenda-items", map("title", "")))).containsExactly("title");
		JsonNode items = officer.get(meeting + "/agenda-items").json();
		assertThat(items.findValuesAsString("title")).containsExactly("Begrüßung", "Bericht der Verwaltung",
				"Verschiedenes");
		List<String> ids = items.findValuesAsString("id");
		Api.Response current = officer.get(meeting);
		assertThat(current.json().get("sequence").asInt()).as("each new item changes the invitation").isEqualTo(3);
		Map<String, Object> order = map("order", List.of(ids.get(0), ids.get(2), ids.get(1)));
		assertThat(officer.put(meeting + "/agenda-order", order, march.header("ETag")).status()).isEqualTo(412);
		assertThat(fields(officer.put(meeting + "/agenda-order", map("order", List.of(ids.get(0))),
				current.header("ETag")))).containsExactly("order");
		Api.Response reordered = officer.put(meeting + "/agenda-order", order, current.header("ETag"));
		assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
		assertThat(viewer.get(meeting + "/agenda-items").json().findValuesAsString("title"))
			.containsExactly("Begrüßung", "Verschiedenes", "Bericht der Verwaltung");
		assertThat(viewer.put(meeting + "/agenda-order", order, officer.get(meeting).header("ETag")).status())
			.isEqualTo(403);

		Api.Response first = officer.get(BASE + "/agenda-items/" + ids.get(0));
		assertThat(officer.delete(BASE + "/agenda-items/" + ids.get(0), first.header("ETag")).status()).isEqualTo(204);
		assertThat(viewer.get(meeting + "/agenda-items").json().findValuesAsString("position")).containsExactly("1", "2");
	}

	@Test
	void aTaskOutcomeBecomesATaskAndDecisionsAreListedWithTheGoalTheyConcern() {
		prepare();
		String steering = body("Steuerungskreis Konzept", "STEERING_COMMITTEE");
		String concept = officer.post(BASE + "/concepts", map("title", "Konzept Büttelborn")).json().get("id").asString();
		String field = officer.get(BASE + "/fields-of-action?q=Sprache").json().get("content").get(0).get("id").asString();
		String goal = officer.post(BASE + "/concepts/" + concept + "/goals", map("fieldOfActionId", field, "title",
				"Mehr Sprachkurse")).json().get("id").asString();
		String measure = officer.post(BASE + "/goals/" + goal + "/measures", map("title", "Sprachcafé", "status",
				"RUNNING")).json().get("id").asString();
		String foreignConcept = neighbour.post("/api/v1/tenants/" + NEIGHBOUR + "/concepts", map("title", "Fremd"))
			.json().get("id").asString();
		String foreignField = neighbour.get("/api/v1/tenants/" + NEIGHBOUR + "/fields-of-action?q=Sprache").json()
			.get("content").get(0).get("id").asString();
		String foreignGoal = neighbour.post("/api/v1/tenants/" + NEIGHBOUR + "/concepts/" + foreignConcept + "/goals",
				map("fieldOfActionId", foreignField, "title", "Fremdes Ziel")).json().get("id").asString();

		Api.Response held = meeting(steering, "Sitzung Dezember", "2026-12-08T16:00:00+01:00", "2026-12-08T18:00:00+01:00");
		String meeting = BASE + "/meetings/" + held.json().get("id").asString();
		String item = officer.post(meeting + "/agenda-items", map("title", "Sprachförderung")).json().get("id").asString();
		String outcomes = BASE + "/agenda-items/" + item + "/outcomes";

		Api.Response task = officer.post(outcomes, map("kind", "TASK", "text", "Honorarkräfte für das Sprachcafé anfragen",
				"taskOwner", "meet-officer", "taskDueDate", TODAY.minusDays(1).toString(), "measureId", measure));
		assertThat(task.status()).as(task.toString()).isEqualTo(201);
		String taskId = task.json().get("taskId").asString();
		Api.Response inTaskList = viewer.get(BASE + "/tasks/" + taskId);
		assertThat(inTaskList.status()).isEqualTo(200);
		assertThat(inTaskList.json().get("title").asString()).isEqualTo("Honorarkräfte für das Sprachcafé anfragen");
		assertThat(inTaskList.json().get("owner").asString()).isEqualTo("meet-officer");
		assertThat(inTaskList.json().get("measureId").asString()).isEqualTo(measure);
		assertThat(inTaskList.json().get("overdue").asBoolean()).isTrue();
		assertThat(officer.get(BASE + "/tasks?mine=true&q=Honorarkräfte").json().get("totalElements").asLong())
			.isEqualTo(1);

		Api.Response tooLong = officer.post(outcomes, map("kind", "TASK", "text", "x".repeat(201)));
		assertThat(fields(tooLong)).containsExactly("text");
		Api.Response foreign = officer.post(outcomes, map("kind", "DECISION", "text", "Fremd", "goalId", foreignGoal));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(fields(foreign)).as("a goal of another council is unknown here").containsExactly("goalId");
		assertThat(fields(officer.post(outcomes, map("kind", "INFORMATION", "text", "x", "measureId", measure))))
			.containsExactly("measureId");
		assertThat(fields(officer.post(outcomes, map("kind", "DECISION", "text", "x", "goalId", goal, "measureId", measure))))
			.containsExactly("measureId");
		assertThat(viewer.post(outcomes, map("kind", "INFORMATION", "text", "x")).status()).isEqualTo(403);
		assertThat(officer.get(outcomes).json()).as("nothing of the refused stored").hasSize(1);

		Api.Response decision = officer.post(outcomes, map("kind", "DECISION", "text",
				"Der Steuerungskreis empfiehlt, zwei weitere Kurse einzurichten.", "goalId", goal));
		assertThat(decision.status()).isEqualTo(201);
		officer.post(outcomes, map("kind", "DECISION", "text", "Das Sprachcafé wird fortgesetzt.", "measureId", measure));
		officer.post(outcomes, map("kind", "INFORMATION", "text", "Bericht zur Kita-Lage."));

		String ag = body("AG Sprache Büttelborn", "WORKING_GROUP");
		String agMeeting = meeting(ag, "AG-Treffen", "2026-12-09T16:00:00+01:00", "2026-12-09T18:00:00+01:00").json()
			.get("id").asString();
		String agItem = officer.post(BASE + "/meetings/" + agMeeting + "/agenda-items", map("title", "Kurse")).json()
			.get("id").asString();
		officer.post(BASE + "/agenda-items/" + agItem + "/outcomes", map("kind", "DECISION", "text", "AG-Beschluss"));

		Api.Response steeringDecisions = viewer.get(BASE + "/decisions?from=2026-12-01&to=2026-12-31&bodyKind=STEERING_COMMITTEE");
		assertThat(steeringDecisions.status()).as(steeringDecisions.toString()).isEqualTo(200);
		JsonNode listed = steeringDecisions.json().get("content");
		assertThat(listed.findValuesAsString("text")).containsExactly(
				"Der Steuerungskreis empfiehlt, zwei weitere Kurse einzurichten.", "Das Sprachcafé wird fortgesetzt.");
		assertThat(listed.get(0).get("goalTitle").asString()).isEqualTo("Mehr Sprachkurse");
		assertThat(listed.get(1).get("measureTitle").asString()).isEqualTo("Sprachcafé");
		assertThat(listed.get(0).get("bodyName").asString()).isEqualTo("Steuerungskreis Konzept");
		assertThat(listed.get(0).get("meetingStartsAt").asString()).isEqualTo("2026-12-08T16:00:00+01:00");
		assertThat(viewer.get(BASE + "/decisions?from=2026-12-09&to=2026-12-09").json().get("content")
			.findValuesAsString("text")).containsExactly("AG-Beschluss");
		assertThat(fields(viewer.get(BASE + "/decisions?from=2026-12-09&to=2026-12-01"))).containsExactly("to");
		// the concept's status report lists the steering committee's decisions of its period, not the working group's
		JsonNode reported = viewer.get(BASE + "/concepts/" + concept + "/status-report?from=2026-12-01&to=2026-12-31")
			.json()
			.get("decisions");
		assertThat(reported.get("recorded").asBoolean()).isTrue();
		assertThat(reported.get("decisions").findValuesAsString("subject")).containsExactlyInAnyOrder(
				"Der Steuerungskreis empfiehlt, zwei weitere Kurse einzurichten. (Ziel: Mehr Sprachkurse)",
				"Das Sprachcafé wird fortgesetzt. (Maßnahme: Sprachcafé)");
		assertThat(reported.get("decisions").get(0).get("date").asString()).isEqualTo("2026-12-08");
		assertThat(reported.get("decisions").get(0).get("reference").asString()).isEqualTo("Sitzung Dezember, TOP Sprachförderung");

		Api.Response agRead = officer.get(BASE + "/meetings/" + agMeeting);
		Map<String, Object> cancel = map("title", "AG-Treffen", "startsAt", "2026-12-09T16:00:00+01:00", "endsAt",
				"2026-12-09T18:00:00+01:00", "status", "CANCELLED");
		assertThat(officer.put(BASE + "/meetings/" + agMeeting, cancel, agRead.header("ETag")).status()).isEqualTo(200);
		assertThat(viewer.get(BASE + "/decisions?from=2026-12-09&to=2026-12-09").json().get("totalElements").asLong())
			.as("a cancelled meeting decided nothing").isZero();
		assertThat(fields(officer.post(BASE + "/agenda-items/" + agItem + "/outcomes", map("kind", "INFORMATION",
				"text", "x")))).containsExactly("kind");

		Api.Response d = officer.get(BASE + "/outcomes/" + decision.json().get("id").asString());
		assertThat(fields(officer.put(BASE + "/outcomes/" + decision.json().get("id").asString(),
				map("kind", "TASK", "text", "x"), d.header("ETag")))).containsExactly("kind");
		Api.Response deleted = officer.delete(BASE + "/outcomes/" + task.json().get("id").asString(),
				task.header("ETag"));
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(viewer.get(BASE + "/tasks/" + taskId).status()).as("the task stays in the task list").isEqualTo(200);
	}

	@Test
	void attendanceIsRecordedForMembersOfTheBodyOnly() {
		prepare();
		String body = body("Integrationsbeirat Büttelborn", "ADVISORY_COUNCIL");
		String other = body("AG Sport", "WORKING_GROUP");
		String ana = officer.post(BASE + "/bodies/" + body + "/members", map("name", "Ana Petrović", "role", "CHAIR"))
			.json().get("id").asString();
		String tom = officer.post(BASE + "/bodies/" + body + "/members", map("name", "Tom Klein", "role", "MEMBER"))
			.json().get("id").asString();
		String stranger = officer.post(BASE + "/bodies/" + other + "/members", map("name", "Fremd", "role", "MEMBER"))
			.json().get("id").asString();
		Api.Response meeting = meeting(body, "Beiratssitzung", "2027-01-12T18:00:00+01:00", "2027-01-12T20:00:00+01:00");
		String path = BASE + "/meetings/" + meeting.json().get("id").asString() + "/attendance";

		Api.Response wrong = officer.put(path, map("guests", 2, "entries", List.of(map("memberId", stranger, "presence",
				"PRESENT"))), meeting.header("ETag"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(fields(wrong)).containsExactly("entries[0].memberId");
		assertThat(fields(officer.put(path, map("guests", -1, "entries", List.of()), meeting.header("ETag"))))
			.containsExactly("guests");
		Api.Response recorded = officer.put(path, map("guests", 3, "entries", List.of(
				map("memberId", ana, "presence", "PRESENT"), map("memberId", tom, "presence", "EXCUSED"))),
				meeting.header("ETag"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		Api.Response attendance = viewer.get(path);
		assertThat(attendance.status()).as(attendance.toString()).isEqualTo(200);
		JsonNode read = attendance.json();
		assertThat(read.get("guests").asInt()).isEqualTo(3);
		assertThat(read.get("entries")).hasSize(2);
		assertThat(officer.put(path, map("guests", 0, "entries", List.of()), meeting.header("ETag")).status())
			.as("the meeting changed since").isEqualTo(412);
		assertThat(officer.get(BASE + "/meetings/" + meeting.json().get("id").asString()).json().get("sequence").asInt())
			.as("attendance is no change to the invitation").isZero();
	}
}

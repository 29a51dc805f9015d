package de.mosaik.web.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Tasks over HTTP. This class's councils: Landkreis Neustadt a.d.Waldnaab (09374) and Altenstadt (09374111). */
class TasksApiTest extends IntegrationTest {

	static final String TENANT = "09374111";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

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
		fixtures.grant("task-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("task-viewer", TENANT, Role.VIEWER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("task-officer"));
		viewer = Api.as(tokens.forSubject("task-viewer"));
	}

	private String measure() {
		String concept = officer.post(BASE + "/concepts", Map.of("title", "Konzept Aufgaben")).json().get("id").asString();
		String field = officer.get(BASE + "/fields-of-action?q=Bildung").json().get("content").get(0).get("id").asString();
		String goal = officer.post(BASE + "/concepts/" + concept + "/goals", Map.of("fieldOfActionId", field, "title", "Kita-Plätze"))
			.json().get("id").asString();
		return officer.post(BASE + "/goals/" + goal + "/measures", Map.of("title", "Elterncafé", "status", "PLANNED"))
			.json().get("id").asString();
	}

	private static Map<String, Object> task(String title, LocalDate due, String owner, String measureId) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("dueDate", due == null ? null : due.toString());
		body.put("owner", owner);
		body.put("measureId", measureId);
		return body;
	}

	@Test
	void tasksOfAMeasureAreListedAndTheOverdueOnesMarked() {
		prepare();
		String measure = measure();
		Api.Response late = officer.post(BASE + "/tasks", task("Raum buchen", TODAY.minusDays(3), "task-officer", measure));
		assertThat(late.status()).as(late.toString()).isEqualTo(201);
		assertThat(late.json().get("overdue").asBoolean()).isTrue();
		Api.Response later = officer.post(BASE + "/tasks", task("Flyer drucken", TODAY.plusDays(5), "Kollegin", measure));
		assertThat(later.json().get("overdue").asBoolean()).isFalse();

		Api.Response ofMeasure = viewer.get(BASE + "/measures/" + measure + "/tasks");
		assertThat(ofMeasure.json().get("content").findValuesAsString("title")).containsExactly("Raum buchen", "Flyer drucken");
		Api.Response overdue = viewer.get(BASE + "/tasks?overdue=true&q=Raum");
		assertThat(overdue.json().get("content").findValuesAsString("title")).containsExactly("Raum buchen");

		Map<String, Object> done = task("Raum buchen", TODAY.minusDays(3), "task-officer", measure);
		done.put("done", true);
		Api.Response marked = officer.put(BASE + "/tasks/" + late.json().get("id").asString(), done, late.header("ETag"));
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().get("overdue").asBoolean()).as("done is never overdue").isFalse();
		assertThat(marked.json().get("doneAt").isNull()).isFalse();
		assertThat(viewer.get(BASE + "/tasks?overdue=true&q=Raum").json().get("totalElements").asLong()).isZero();
		assertThat(viewer.get(BASE + "/measures/" + measure + "/tasks?done=false").json().get("content")
			.findValuesAsString("title")).containsExactly("Flyer drucken");

		assertThat(officer.put(BASE + "/tasks/" + late.json().get("id").asString(), done, late.header("ETag")).status())
			.isEqualTo(412);
		assertThat(officer.delete(BASE + "/tasks/" + later.json().get("id").asString(), null).status()).isEqualTo(428);
		assertThat(officer.delete(BASE + "/measures/" + measure, "\"0\"").status()).isEqualTo(204);
		Api.Response kept = officer.get(BASE + "/tasks/" + later.json().get("id").asString());
		assertThat(kept.status()).as("a task outlives its measure").isEqualTo(200);
		assertThat(kept.json().get("measureId").isNull()).isTrue();
	}

	@Test
	void myTasksAreTheOnesWithMyNameOrSubject() {
		prepare();
		officer.post(BASE + "/tasks", task("Bericht schreiben", TODAY.plusDays(1), "TASK-OFFICER", null));
		officer.post(BASE + "/tasks", task("Beirat einladen", TODAY.plusDays(2), "Jemand anderes", null));
		Api.Response mine = officer.get(BASE + "/tasks?mine=true&q=e");
		assertThat(mine.json().get("content").findValuesAsString("title")).contains("Bericht schreiben")
			.doesNotContain("Beirat einladen");
		assertThat(officer.get(BASE + "/tasks?q=Beirat%20einladen").json().get("totalElements").asLong()).isEqualTo(1);
		Api.Response sorted = officer.get(BASE + "/tasks?sort=title,desc&size=200");
		assertThat(sorted.json().get("content").findValuesAsString("title")).isSortedAccordingTo(
				java.util.Comparator.<String>reverseOrder());
		assertThat(officer.get(BASE + "/tasks?sort=secret").status()).isEqualTo(400);
	}

	@Test
	void invalidTasksAreRefusedAndViewersCannotWrite() {
		prepare();
		Api.Response refused = officer.send("POST", BASE + "/tasks",
				task(" ", null, null, "00000000-0000-0000-0000-000000000001"), Map.of("Accept-Language", "en"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("title");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("Please say what is to be done.");
		Api.Response unknownMeasure = officer.post(BASE + "/tasks", task("X", null, null, "00000000-0000-0000-0000-000000000001"));
		assertThat(unknownMeasure.status()).isEqualTo(400);
		assertThat(unknownMeasure.json().get("errors").get(0).get("field").asString()).isEqualTo("measureId");
		assertThat(viewer.post(BASE + "/tasks", task("Heimlich", null, null, null)).status()).isEqualTo(403);
		assertThat(officer.get(BASE + "/tasks?q=Heimlich").json().get("totalElements").asLong()).isZero();
		assertThat(officer.get(BASE + "/measures/00000000-0000-0000-0000-000000000001/tasks").status()).isEqualTo(404);
	}
}

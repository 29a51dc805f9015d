package de.mosaik.web.meeting;

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

import static de.mosaik.web.meeting.MeetingsApiTest.fields;
import static de.mosaik.web.meeting.MeetingsApiTest.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Recurring meetings generated from a template. This class's council: Gernsheim (06433004) in Landkreis Groß-Gerau. */
class MeetingSeriesApiTest extends IntegrationTest {

	static final String TENANT = "06433004";

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
		fixtures.grant("series-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("series-viewer", TENANT, Role.VIEWER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("series-officer"));
		viewer = Api.as(tokens.forSubject("series-viewer"));
	}

	private String body(String name) {
		return officer.post(BASE + "/bodies", map("name", name, "kind", "WORKING_GROUP")).json().get("id").asString();
	}

	private static Map<String, Object> series(String frequency, int every, Integer week, String day, String first,
			String last) {
		Map<String, Object> series = map("title", "AG-Sitzung", "frequency", frequency, "every", every, "dayOfWeek",
				day, "startTime", "16:00", "endTime", "18:00", "firstDate", first, "lastDate", last, "location",
				"Stadthaus Gernsheim", "agenda", List.of("Begrüßung", "Berichte aus den Projekten"));
		series.put("weekOfMonth", week);
		return series;
	}

	@Test
	void everySecondTuesdayOfTheMonthGivesPlannedMeetingsInGermanTimeWithTheTemplateAgenda() {
		prepare();
		String body = body("AG Bildung Gernsheim");
		Api.Response generated = officer.post(BASE + "/bodies/" + body + "/meeting-series",
				series("MONTHLY", 1, 2, "TUESDAY", "2027-01-01", "2027-06-30"));
		assertThat(generated.status()).as(generated.toString()).isEqualTo(201);
		JsonNode meetings = generated.json().get("meetings");
		assertThat(meetings.findValuesAsString("startsAt")).containsExactly("2027-01-12T16:00:00+01:00",
				"2027-02-09T16:00:00+01:00", "2027-03-09T16:00:00+01:00", "2027-04-13T16:00:00+02:00",
				"2027-05-11T16:00:00+02:00", "2027-06-08T16:00:00+02:00");
		assertThat(meetings.findValuesAsString("status")).containsOnly("PLANNED");
		String april = meetings.get(3).get("id").asString();
		assertThat(viewer.get(BASE + "/meetings/" + april + "/agenda-items").json().findValuesAsString("title"))
			.containsExactly("Begrüßung", "Berichte aus den Projekten");

		Api.Response read = officer.get(BASE + "/meetings/" + april);
		Api.Response cancelled = officer.put(BASE + "/meetings/" + april, map("title", "AG-Sitzung", "startsAt",
				"2027-04-13T16:00:00+02:00", "endsAt", "2027-04-13T18:00:00+02:00", "status", "CANCELLED"),
				read.header("ETag"));
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(viewer.get(BASE + "/meetings?bodyId=" + body + "&status=PLANNED").json().get("totalElements")
			.asLong()).as("cancelling one leaves the others").isEqualTo(5);

		Api.Response again = viewer.get(BASE + "/meeting-series/" + generated.json().get("id").asString());
		assertThat(again.json().get("meetings")).hasSize(6);
		assertThat(viewer.get(BASE + "/bodies/" + body + "/meeting-series").json()).hasSize(1);

		Api.Response deleted = officer.delete(BASE + "/meeting-series/" + generated.json().get("id").asString(),
				again.header("ETag"));
		assertThat(deleted.status()).isEqualTo(204);
		JsonNode left = viewer.get(BASE + "/meetings?bodyId=" + body).json().get("content");
		assertThat(left.findValuesAsString("id")).as("only the planned ones went with the series").containsExactly(april);
		assertThat(left.get(0).get("seriesId").isNull()).isTrue();
	}

	@Test
	void weeklyAndLastWeekdaySeriesAndTheirLimits() {
		prepare();
		String body = body("AG Arbeit Gernsheim");
		Api.Response weekly = officer.post(BASE + "/bodies/" + body + "/meeting-series",
				series("WEEKLY", 2, null, "MONDAY", "2027-01-01", "2027-02-28"));
		assertThat(weekly.json().get("meetings").findValuesAsString("startsAt")).containsExactly(
				"2027-01-04T16:00:00+01:00", "2027-01-18T16:00:00+01:00", "2027-02-01T16:00:00+01:00",
				"2027-02-15T16:00:00+01:00");
		Api.Response last = officer.post(BASE + "/bodies/" + body + "/meeting-series",
				series("MONTHLY", 1, 5, "FRIDAY", "2027-01-01", "2027-03-31"));
		assertThat(last.json().get("meetings").findValuesAsString("startsAt")).containsExactly(
				"2027-01-29T16:00:00+01:00", "2027-02-26T16:00:00+01:00", "2027-03-26T16:00:00+01:00");
		long before = viewer.get(BASE + "/meetings?bodyId=" + body).json().get("totalElements").asLong();

		assertThat(fields(officer.post(BASE + "/bodies/" + body + "/meeting-series",
				series("WEEKLY", 1, null, "MONDAY", "2027-01-01", "2029-12-31")))).containsExactly("lastDate");
		Map<String, Object> backwards = series("WEEKLY", 1, null, "MONDAY", "2027-01-01", "2027-02-01");
		backwards.put("endTime", "15:00");
		assertThat(fields(officer.post(BASE + "/bodies/" + body + "/meeting-series", backwards)))
			.containsExactly("endTime");
		assertThat(fields(officer.post(BASE + "/bodies/" + body + "/meeting-series",
				series("MONTHLY", 1, null, "MONDAY", "2027-01-01", "2027-02-01")))).containsExactly("weekOfMonth");
		Api.Response invalid = officer.send("POST", BASE + "/bodies/" + body + "/meeting-series",
				series("MONTHLY", 13, 6, "MONDAY", "2027-01-01", "2027-02-01"), Map.of("Accept-Language", "en"));
		assertThat(fields(invalid)).containsExactlyInAnyOrder("every", "weekOfMonth");
		assertThat(viewer.post(BASE + "/bodies/" + body + "/meeting-series",
				series("WEEKLY", 1, null, "MONDAY", "2027-01-01", "2027-02-01")).status()).isEqualTo(403);
		assertThat(viewer.get(BASE + "/meetings?bodyId=" + body).json().get("totalElements").asLong())
			.as("nothing of the refused stored").isEqualTo(before);
	}
}

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

import static de.mosaik.web.meeting.MeetingsApiTest.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suspended council still reads its meetings and their documents but records nothing. This class's
 * council: Ginsheim-Gustavsburg (06433005) in Landkreis Groß-Gerau.
 */
class SuspendedMeetingsTest extends IntegrationTest {

	static final String TENANT = "06433005";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Test
	void aSuspendedCouncilReadsItsMeetingsButChangesNothing() {
		fixtures.council(TENANT);
		fixtures.grant("ginsheim-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("ginsheim-operator", null, Role.PLATFORM_OPERATOR);
		Tokens tokens = new Tokens(encoder);
		Api officer = Api.as(tokens.forSubject("ginsheim-officer"));
		Api operator = Api.as(tokens.forSubject("ginsheim-operator"));
		String body = officer.post(BASE + "/bodies", map("name", "Steuerungskreis Ginsheim", "kind",
				"STEERING_COMMITTEE")).json().get("id").asString();
		Api.Response meeting = officer.post(BASE + "/bodies/" + body + "/meetings", map("title", "Sitzung",
				"startsAt", "2027-02-02T16:00:00+01:00", "endsAt", "2027-02-02T18:00:00+01:00"));
		String id = meeting.json().get("id").asString();
		String item = officer.post(BASE + "/meetings/" + id + "/agenda-items", map("title", "Bericht")).json().get("id")
			.asString();

		assertThat(operator.post("/api/v1/platform/councils/" + TENANT + "/suspension", Map.of("reason", "Test"))
			.status()).isEqualTo(200);
		try {
			List<Api.Response> writes = List.of(
					officer.post(BASE + "/bodies", map("name", "Neu", "kind", "OTHER")),
					officer.post(BASE + "/agenda-items/" + item + "/outcomes", map("kind", "TASK", "text", "Heimlich")),
					officer.put(BASE + "/meetings/" + id + "/attendance", map("guests", 1, "entries", List.of()),
							meeting.header("ETag")),
					officer.delete(BASE + "/meetings/" + id, meeting.header("ETag")));
			assertThat(writes).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(423));
			assertThat(officer.get(BASE + "/tasks?q=Heimlich").json().get("totalElements").asLong()).isZero();
			assertThat(officer.get(BASE + "/meetings/" + id).status()).isEqualTo(200);
			assertThat(officer.get(BASE + "/meetings/" + id + "/invitation.ics").status()).isEqualTo(200);
			assertThat(officer.get(BASE + "/decisions").status()).isEqualTo(200);
		}
		finally {
			operator.delete("/api/v1/platform/councils/" + TENANT + "/suspension", null);
		}
	}
}

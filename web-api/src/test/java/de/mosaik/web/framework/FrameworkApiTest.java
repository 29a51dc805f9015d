package de.mosaik.web.framework;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import de.mosaik.core.tenancy.Role;
import de.mosaik.infra.testing.TestDatabase;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The county framework from publishing to the county's view of its members. This class's councils: the
 * Vogelsbergkreis (06535) with Alsfeld (06535001), Antrifttal (06535002) and Feldatal (06535003); its
 * other 16 members do not work with Mosaik here.
 */
class FrameworkApiTest extends IntegrationTest {

	static final String COUNTY = "06535";

	static final String ALSFELD = "06535001";

	static final String ANTRIFTTAL = "06535002";

	static final String FELDATAL = "06535003";

	static final String SECRET = "Vertraulich: Raumfrage mit dem Kirchenvorstand ungeklärt";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	DataSource dataSource;

	Api coordinator;

	Api countyViewer;

	Api alsfeld;

	Api alsfeldViewer;

	Api antrifttal;

	Api feldatal;

	@BeforeEach
	void councils() {
		fixtures.council(ALSFELD);
		fixtures.council(ANTRIFTTAL);
		fixtures.council(FELDATAL);
		fixtures.grant("fw-coordinator", COUNTY, Role.COUNTY_COORDINATOR);
		fixtures.grant("fw-county-viewer", COUNTY, Role.VIEWER);
		fixtures.grant("fw-alsfeld", ALSFELD, Role.MUNICIPAL_OFFICER);
		fixtures.grant("fw-alsfeld-viewer", ALSFELD, Role.VIEWER);
		fixtures.grant("fw-antrifttal", ANTRIFTTAL, Role.MUNICIPAL_OFFICER);
		fixtures.grant("fw-feldatal", FELDATAL, Role.MUNICIPAL_OFFICER);
		Tokens tokens = new Tokens(encoder);
		coordinator = Api.as(tokens.forSubject("fw-coordinator"));
		countyViewer = Api.as(tokens.forSubject("fw-county-viewer"));
		alsfeld = Api.as(tokens.forSubject("fw-alsfeld"));
		alsfeldViewer = Api.as(tokens.forSubject("fw-alsfeld-viewer"));
		antrifttal = Api.as(tokens.forSubject("fw-antrifttal"));
		feldatal = Api.as(tokens.forSubject("fw-feldatal"));
	}

	private static String api(String ags) {
		return "/api/v1/tenants/" + ags;
	}

	private static String id(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isIn(200, 201);
		return response.json().get("id").asString();
	}

	private static String field(Api api, String ags, String name) {
		return api.get(api(ags) + "/fields-of-action?q=" + name).json().get("content").get(0).get("id").asString();
	}

	/** The county's concept with two goals; returns the concept's id. */
	private String countyConcept(String title) {
		String concept = id(coordinator.post(api(COUNTY) + "/concepts", Map.of("title", title)));
		id(coordinator.post(api(COUNTY) + "/concepts/" + concept + "/goals", Map.of("fieldOfActionId",
				field(coordinator, COUNTY, "Sprache"), "title", "Sprachkurse in jeder Gemeinde", "targetValue", 19,
				"targetUnit", "Gemeinden", "targetYear", 2028)));
		id(coordinator.post(api(COUNTY) + "/concepts/" + concept + "/goals",
				Map.of("fieldOfActionId", field(coordinator, COUNTY, "Wohnen"), "title", "Wohnraum für Geflüchtete")));
		return concept;
	}

	@Test
	void theCountyPublishesAMemberAdoptsAndAddsMeasuresAndTheCountySeesCountsButNoTexts() {
		String countyConcept = countyConcept("Integrationskonzept Vogelsbergkreis");
		Api.Response refused = countyViewer.post(api(COUNTY) + "/framework/releases", Map.of("conceptId", countyConcept));
		assertThat(refused.status()).as("a viewer reads, never publishes").isEqualTo(403);

		Api.Response published = coordinator.post(api(COUNTY) + "/framework/releases",
				Map.of("conceptId", countyConcept, "note", "Bitte bis Jahresende übernehmen."));
		assertThat(published.status()).as(published.toString()).isEqualTo(201);
		assertThat(published.header("ETag")).isEqualTo("\"0\"");
		int number = published.json().get("number").asInt();
		String release = published.json().get("id").asString();
		assertThat(published.json().get("fields").findValuesAsString("name")).containsExactly("Sprache", "Wohnen");

		// the member reads the county's release through the county's shared view
		Api.Response list = alsfeldViewer.get(api(ALSFELD) + "/framework/published");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("content").get(0).get("number").asInt()).isEqualTo(number);
		Api.Response detail = alsfeld.get(api(ALSFELD) + "/framework/published/" + release);
		assertThat(detail.json().get("note").asString()).isEqualTo("Bitte bis Jahresende übernehmen.");
		assertThat(detail.json().get("fields").get(0).get("goals").get(0).get("title").asString())
			.isEqualTo("Sprachkurse in jeder Gemeinde");

		// adopt into the member's own draft, add a measure of its own with an internal text
		String memberConcept = id(alsfeld.post(api(ALSFELD) + "/concepts", Map.of("title", "Integrationskonzept Alsfeld")));
		assertThat(alsfeldViewer.post(api(ALSFELD) + "/framework/adoptions",
				Map.of("releaseId", release, "conceptId", memberConcept)).status()).isEqualTo(403);
		Api.Response adopted = alsfeld.post(api(ALSFELD) + "/framework/adoptions",
				Map.of("releaseId", release, "conceptId", memberConcept));
		assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
		assertThat(adopted.json().get("goalsAdded").asInt()).isEqualTo(2);
		assertThat(adopted.json().get("county").asString()).isEqualTo(COUNTY);

		JsonNode goals = alsfeld.get(api(ALSFELD) + "/concepts/" + memberConcept + "/goals?sort=title").json().get("content");
		assertThat(goals.findValuesAsString("title")).containsExactly("Sprachkurse in jeder Gemeinde", "Wohnraum für Geflüchtete");
		assertThat(goals.get(0).get("sourceCounty").asString()).isEqualTo(COUNTY);
		assertThat(goals.get(0).get("targetValue").decimalValue()).isEqualByComparingTo("19");
		String sourceGoal = goals.get(0).get("sourceGoalId").asString();
		String languageGoal = goals.get(0).get("id").asString();
		id(alsfeld.post(api(ALSFELD) + "/goals/" + languageGoal + "/measures", Map.of("title", "Sprachcafé Alsfeld",
				"description", SECRET, "status", "RUNNING", "internal", true)));
		id(alsfeld.post(api(ALSFELD) + "/goals/" + languageGoal + "/measures",
				Map.of("title", "Kurs für Eltern", "status", "PLANNED")));

		Api.Response members = countyViewer.get(api(COUNTY) + "/framework/members?size=50");
		assertThat(members.status()).as(members.toString()).isEqualTo(200);
		assertThat(members.json().get("totalElements").asInt()).as("every member of the register").isEqualTo(19);
		JsonNode row = member(members.json(), ALSFELD);
		assertThat(row.get("name").asString()).isEqualTo("Alsfeld, Stadt");
		assertThat(row.get("onMosaik").asBoolean()).isTrue();
		assertThat(row.get("adoption").get("releaseNumber").asInt()).isEqualTo(number);
		assertThat(row.get("adoption").get("conceptStatus").asString()).isEqualTo("DRAFT");
		assertThat(row.get("total").get("goals").asInt()).isEqualTo(2);
		assertThat(row.get("total").get("running").asInt()).isEqualTo(1);
		assertThat(row.get("total").get("planned").asInt()).isEqualTo(1);
		JsonNode perGoal = row.get("goals");
		assertThat(perGoal.findValuesAsString("sourceGoalId")).contains(sourceGoal);
		assertThat(members.raw().body()).as("no text of the member reaches the county")
			.doesNotContain(SECRET)
			.doesNotContain("Sprachcafé Alsfeld")
			.doesNotContain("Kurs für Eltern")
			.doesNotContain("Integrationskonzept Alsfeld");

		JsonNode other = member(members.json(), ANTRIFTTAL);
		assertThat(other.get("onMosaik").asBoolean()).isTrue();
		assertThat(other.get("adoption").isNull()).isTrue();
		assertThat(member(members.json(), "06535004").get("onMosaik").asBoolean()).isFalse();

		Api.Response adoptedOnly = coordinator.get(api(COUNTY) + "/framework/members?state=ADOPTED");
		assertThat(adoptedOnly.json().get("content").findValuesAsString("ags")).contains(ALSFELD).doesNotContain(ANTRIFTTAL, "06535004");
		Api.Response search = coordinator.get(api(COUNTY) + "/framework/members?q=antrift");
		assertThat(search.json().get("content").findValuesAsString("ags")).containsExactly(ANTRIFTTAL);
		Api.Response byKeyDown = coordinator.get(api(COUNTY) + "/framework/members?sort=ags,desc&size=2");
		assertThat(byKeyDown.json().get("content").findValuesAsString("ags")).containsExactly("06535019", "06535018");
		assertThat(coordinator.get(api(COUNTY) + "/framework/members?sort=budget").status()).isEqualTo(400);
	}

	@Test
	void adoptingANewerReleaseAddsOnlyTheNewGoalsAndLeavesTheMembersOwnVersionsOfTheOthers() {
		String countyConcept = countyConcept("Integrationskonzept Vogelsbergkreis 2027");
		String first = id(coordinator.post(api(COUNTY) + "/framework/releases", Map.of("conceptId", countyConcept)));
		String memberConcept = id(feldatal.post(api(FELDATAL) + "/concepts", Map.of("title", "Konzept Feldatal")));
		assertThat(feldatal.post(api(FELDATAL) + "/framework/adoptions",
				Map.of("releaseId", first, "conceptId", memberConcept)).json().get("goalsAdded").asInt()).isEqualTo(2);
		JsonNode goal = feldatal.get(api(FELDATAL) + "/concepts/" + memberConcept + "/goals?q=Wohnraum").json()
			.get("content").get(0);
		Api.Response renamed = feldatal.put(api(FELDATAL) + "/goals/" + goal.get("id").asString(),
				Map.of("fieldOfActionId", goal.get("fieldOfActionId").asString(), "title", "Wohnraum in Feldatal"), "\"0\"");
		assertThat(renamed.status()).isEqualTo(200);

		id(coordinator.post(api(COUNTY) + "/concepts/" + countyConcept + "/goals",
				Map.of("fieldOfActionId", field(coordinator, COUNTY, "Gesundheit"), "title", "Gesundheitslotsen")));
		String second = id(coordinator.post(api(COUNTY) + "/framework/releases", Map.of("conceptId", countyConcept)));
		Api.Response again = feldatal.post(api(FELDATAL) + "/framework/adoptions",
				Map.of("releaseId", second, "conceptId", memberConcept));
		assertThat(again.json().get("goalsAdded").asInt()).isEqualTo(1);
		assertThat(again.json().get("goalsPresent").asInt()).isEqualTo(2);
		assertThat(feldatal.get(api(FELDATAL) + "/concepts/" + memberConcept + "/goals?sort=title").json()
			.get("content").findValuesAsString("title"))
			.containsExactly("Gesundheitslotsen", "Sprachkurse in jeder Gemeinde", "Wohnraum in Feldatal");

		Api.Response history = feldatal.get(api(FELDATAL) + "/framework/adoptions?sort=releaseNumber,desc");
		assertThat(history.json().get("totalElements").asInt()).isEqualTo(2);
		assertThat(history.json().get("content").get(0).get("releaseId").asString()).isEqualTo(second);
	}

	@Test
	void inputIsCheckedAndNothingIsStoredOnBadInput() {
		String memberConcept = id(alsfeld.post(api(ALSFELD) + "/concepts", Map.of("title", "Konzept für Prüfungen")));
		Api.Response unknownRelease = alsfeld.send("POST", api(ALSFELD) + "/framework/adoptions",
				Map.of("releaseId", "00000000-0000-0000-0000-000000000001", "conceptId", memberConcept),
				Map.of("Accept-Language", "en"));
		assertThat(unknownRelease.status()).isEqualTo(400);
		assertThat(unknownRelease.json().get("errors").get(0).get("field").asString()).isEqualTo("releaseId");
		assertThat(unknownRelease.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Your county has not published this release of its framework.");
		Api.Response missing = alsfeld.post(api(ALSFELD) + "/framework/adoptions", Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("releaseId", "conceptId");

		String empty = id(coordinator.post(api(COUNTY) + "/concepts", Map.of("title", "Leerer Entwurf")));
		Api.Response noGoals = coordinator.send("POST", api(COUNTY) + "/framework/releases", Map.of("conceptId", empty),
				Map.of("Accept-Language", "de"));
		assertThat(noGoals.status()).isEqualTo(400);
		assertThat(noGoals.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Diese Fassung hat noch keine Ziele, die sich veröffentlichen ließen.");
		assertThat(alsfeld.get(api(ALSFELD) + "/framework/adoptions?sort=budget").status()).isEqualTo(400);
	}

	@Test
	void aMunicipalityHasNoFrameworkToPublishAndACountyNothingToAdopt() {
		assertThat(alsfeld.get(api(ALSFELD) + "/framework/releases").status()).isEqualTo(404);
		assertThat(alsfeld.get(api(ALSFELD) + "/framework/members").status()).isEqualTo(404);
		assertThat(alsfeld.post(api(ALSFELD) + "/framework/releases",
				Map.of("conceptId", "00000000-0000-0000-0000-000000000001")).status()).isEqualTo(404);
		assertThat(coordinator.get(api(COUNTY) + "/framework/published").status()).isEqualTo(404);
		assertThat(coordinator.get(api(COUNTY) + "/framework/adoptions").status()).isEqualTo(404);
		// a member's people have no role in the county: its framework pages are not theirs
		assertThat(alsfeld.get(api(COUNTY) + "/framework/members").status()).isEqualTo(404);
		assertThat(coordinator.get(api(ALSFELD) + "/framework/published").status()).isEqualTo(404);
	}

	@Test
	void theDatabaseRefusesTheCountyEverythingOfAMemberButItsViewsAndAMemberItsSiblingsViews() throws Exception {
		String prefix = TestDatabase.get().rolePrefix();
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			try {
				sql.execute("SET ROLE \"" + prefix + "t_" + COUNTY + "\"");
				assertThat(count(sql, "select count(*) from t_" + ALSFELD + ".county_framework_progress")).isGreaterThanOrEqualTo(0);
				assertThat(count(sql, "select count(*) from t_" + ALSFELD + ".county_framework_adoption")).isLessThanOrEqualTo(1);
				for (String table : new String[] { "massnahme", "goal", "concept", "framework_adoption", "needs_finding" }) {
					assertThatThrownBy(() -> count(sql, "select count(*) from t_" + ALSFELD + "." + table))
						.as(table).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
				}
				sql.execute("RESET ROLE");
				sql.execute("SET ROLE \"" + prefix + "t_" + ALSFELD + "\"");
				assertThat(count(sql, "select count(*) from t_" + COUNTY + ".shared_framework_release")).isGreaterThanOrEqualTo(0);
				assertThatThrownBy(() -> count(sql, "select count(*) from t_" + COUNTY + ".framework_release"))
					.isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
				assertThatThrownBy(() -> count(sql, "select count(*) from t_" + ANTRIFTTAL + ".county_framework_progress"))
					.as("one member never reads another's").isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
			}
			finally {
				sql.execute("RESET ROLE");
			}
		}
	}

	private static long count(Statement sql, String query) throws SQLException {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static JsonNode member(JsonNode page, String ags) {
		for (JsonNode m : page.get("content")) {
			if (m.get("ags").asString().equals(ags)) {
				return m;
			}
		}
		throw new AssertionError(ags + " not listed in " + page);
	}
}

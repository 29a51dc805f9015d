package de.mosaik.web.departments;

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

class DepartmentsApiTest extends IntegrationTest {

	// Landkreis Ammerland and its Gemeinde Apen: this class's own tenants
	static final String TENANT = "03451001";

	static final String BASE = "/api/v1/tenants/" + TENANT + "/departments";

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
		fixtures.grant("dept-officer", TENANT, Role.MUNICIPAL_OFFICER);
		fixtures.grant("dept-viewer", TENANT, Role.VIEWER);
		Tokens tokens = new Tokens(encoder);
		officer = Api.as(tokens.forSubject("dept-officer"));
		viewer = Api.as(tokens.forSubject("dept-viewer"));
	}

	@Test
	void newTenantStartsWithTheStandardDepartments() {
		prepare();
		Api.Response list = officer.get(BASE + "?sort=name&size=50");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("content").findValuesAsString("name")).contains("Hauptamt", "Jugendamt", "Ordnungsamt",
				"Sozialamt");
	}

	@Test
	void officerCreatesReadsUpdatesAndDeletesADepartmentWithEtags() {
		prepare();
		Api.Response created = officer.post(BASE,
				Map.of("name", "Amt für Migration", "shortName", "AfM", "contactEmail", "migration@apen.example"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String etag = created.header("ETag");
		assertThat(etag).isEqualTo("\"0\"");
		assertThat(created.header("Location")).endsWith(BASE + "/" + id);

		Api.Response read = officer.get(BASE + "/" + id);
		assertThat(read.json().get("shortName").asString()).isEqualTo("AfM");

		Api.Response withoutIfMatch = officer.put(BASE + "/" + id, Map.of("name", "Migrationsamt"), null);
		assertThat(withoutIfMatch.status()).isEqualTo(428);

		Api.Response updated = officer.put(BASE + "/" + id, Map.of("name", "Migrationsamt", "shortName", "MA"), etag);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.header("ETag")).isEqualTo("\"1\"");

		Api.Response lostUpdate = officer.put(BASE + "/" + id, Map.of("name", "Überschrieben"), etag);
		assertThat(lostUpdate.status()).isEqualTo(412);
		assertThat(officer.get(BASE + "/" + id).json().get("name").asString()).isEqualTo("Migrationsamt");

		assertThat(officer.delete(BASE + "/" + id, etag).status()).isEqualTo(412);
		assertThat(officer.delete(BASE + "/" + id, "\"1\"").status()).isEqualTo(204);
		assertThat(officer.get(BASE + "/" + id).status()).isEqualTo(404);
	}

	@Test
	void invalidInputIsRefusedNamingTheFieldAndNothingIsStored() {
		prepare();
		long before = officer.get(BASE).json().get("totalElements").asLong();
		Api.Response refused = officer.send("POST", BASE,
				Map.of("name", " ", "contactEmail", "not-an-address"), Map.of("Accept-Language", "en"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:mosaik:problem:validation");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name",
				"contactEmail");
		assertThat(refused.json().get("errors").findValuesAsString("message")).contains("Please enter a name.");
		assertThat(officer.get(BASE).json().get("totalElements").asLong()).isEqualTo(before);
	}

	@Test
	void aSecondDepartmentWithTheSameNameIsAConflict() {
		prepare();
		Api.Response duplicate = officer.post(BASE, Map.of("name", "sozialamt"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void listsArePagedAndSortedAndRefuseUnknownSortFields() {
		prepare();
		Api.Response page = officer.get(BASE + "?size=2&page=0&sort=name,desc");
		assertThat(page.json().get("size").asInt()).isEqualTo(2);
		assertThat(page.json().get("content")).hasSize(2);
		assertThat(page.json().get("totalElements").asLong()).isGreaterThanOrEqualTo(4);
		String first = page.json().get("content").get(0).get("name").asString();
		String second = page.json().get("content").get(1).get("name").asString();
		assertThat(first.compareToIgnoreCase(second)).isPositive();

		Api.Response badSort = officer.get(BASE + "?sort=password");
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
		assertThat(officer.get(BASE + "?size=1000").status()).isEqualTo(400);
	}

	@Test
	void viewerReadsButCannotChange() {
		prepare();
		assertThat(viewer.get(BASE).status()).isEqualTo(200);
		Api.Response refused = viewer.post(BASE, Map.of("name", "Viewer-Amt"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(officer.get(BASE + "?q=Viewer-Amt").json().get("totalElements").asLong()).isZero();
	}
}

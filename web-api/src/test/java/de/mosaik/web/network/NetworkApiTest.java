package de.mosaik.web.network;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.mosaik.core.tenancy.Role;
import de.mosaik.infra.testing.TestDatabase;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The partner network over HTTP and in the database. This class's councils, onboarded through the
 * operators' API: Landkreis Gießen (06531) with Allendorf (Lumda) (06531001) and Biebertal (06531002).
 */
class NetworkApiTest extends IntegrationTest {

	static final String COUNTY = "06531";

	static final String ALLENDORF = "06531001";

	static final String BIEBERTAL = "06531002";

	static final String C = "/api/v1/tenants/" + COUNTY + "/network";

	static final String A = "/api/v1/tenants/" + ALLENDORF + "/network";

	static final String B = "/api/v1/tenants/" + BIEBERTAL + "/network";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	DataSource dataSource;

	Tokens tokens;

	Api coordinator;

	Api officerA;

	Api officerB;

	Api viewerA;

	private synchronized void prepare() {
		if (coordinator != null) {
			return;
		}
		fixtures.grant("net-operator", null, Role.PLATFORM_OPERATOR);
		tokens = new Tokens(encoder);
		Api operator = Api.as(tokens.forSubject("net-operator"));
		for (String ags : List.of(COUNTY, ALLENDORF, BIEBERTAL)) {
			Api.Response onboarded = operator.post("/api/v1/platform/councils", Map.of("ags", ags));
			assertThat(onboarded.status()).as(onboarded.toString()).isIn(201, 409);
		}
		fixtures.grant("net-coordinator", COUNTY, Role.COUNTY_COORDINATOR);
		fixtures.grant("net-officer-a", ALLENDORF, Role.MUNICIPAL_OFFICER);
		fixtures.grant("net-viewer-a", ALLENDORF, Role.VIEWER);
		fixtures.grant("net-officer-b", BIEBERTAL, Role.MUNICIPAL_OFFICER);
		coordinator = Api.as(tokens.forSubject("net-coordinator"));
		officerA = Api.as(tokens.forSubject("net-officer-a"));
		viewerA = Api.as(tokens.forSubject("net-viewer-a"));
		officerB = Api.as(tokens.forSubject("net-officer-b"));
	}

	private static Map<String, Object> organisation(String name, String type, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return body;
	}

	private static String created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static List<String> names(Api.Response list) {
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		return list.json().get("content").findValuesAsString("name");
	}

	@Test
	void anOrganisationWithOffersAndContactsIsFoundByNameTopicLanguageAndPlace() {
		prepare();
		String caritas = created(officerA.post(A + "/organisations", organisation("Caritasverband Londorf", "traeger",
				"city", "Rabenau-Londorf", "postalCode", "35469", "email", "info@caritas-lumdatal.example",
				"website", "https://caritas-lumdatal.example")));
		created(officerA.post(A + "/organisations", organisation("Sportverein Londorf", "verein", "city", "Rabenau")));
		created(officerA.post(A + "/organisations/" + caritas + "/offers", Map.of("topic", "Migrationsberatung für Erwachsene",
				"targetGroups", List.of("Erwachsene", "Geflüchtete"), "languages", List.of("ar", "TR"), "area",
				List.of(ALLENDORF, BIEBERTAL))));

		assertThat(names(viewerA.get(A + "/organisations?q=migrations%20londorf"))).containsExactly("Caritasverband Londorf");
		assertThat(names(viewerA.get(A + "/organisations?q=arabisch%20londorf"))).as("language by its German name")
			.containsExactly("Caritasverband Londorf");
		assertThat(names(viewerA.get(A + "/organisations?q=biebertal%20londorf"))).as("place served by its name")
			.containsExactly("Caritasverband Londorf");
		assertThat(names(viewerA.get(A + "/organisations?q=londorf&language=tr&area=" + BIEBERTAL)))
			.containsExactly("Caritasverband Londorf");
		assertThat(names(viewerA.get(A + "/organisations?type=verein&q=londorf"))).containsExactly("Sportverein Londorf");
		assertThat(names(viewerA.get(A + "/organisations?q=londorf&sort=name,desc")))
			.containsExactly("Sportverein Londorf", "Caritasverband Londorf");
		Api.Response paged = viewerA.get(A + "/organisations?q=londorf&size=1&page=1&sort=name");
		assertThat(names(paged)).containsExactly("Sportverein Londorf");
		assertThat(paged.json().get("totalElements").asLong()).isEqualTo(2);
		assertThat(viewerA.get(A + "/organisations?sort=email").status()).isEqualTo(400);

		Api.Response read = viewerA.get(A + "/organisations/" + caritas);
		assertThat(read.json().get("languages").toString()).isEqualTo("[\"ar\",\"tr\"]");
		assertThat(read.json().get("typeName").asString()).isEqualTo("Träger");
		assertThat(viewerA.put(A + "/organisations/" + caritas, organisation("x", "verein"), read.header("ETag")).status())
			.as("a viewer reads only").isEqualTo(403);
		created(officerA.post(A + "/organisations/" + caritas + "/offers", Map.of("topic", "Sprechstunde auf Dari",
				"languages", List.of("fa-AF"))));
		assertThat(names(viewerA.get(A + "/organisations?language=fa&q=londorf"))).as("a language finds its variants")
			.containsExactly("Caritasverband Londorf");
	}

	@Test
	void aSuspendedCouncilReadsAndExportsItsNetworkButChangesNothing() throws Exception {
		prepare();
		String buseck = "06531003";
		Api operator = Api.as(tokens.forSubject("net-operator"));
		assertThat(operator.post("/api/v1/platform/councils", Map.of("ags", buseck)).status()).isEqualTo(201);
		fixtures.grant("net-officer-c", buseck, Role.MUNICIPAL_OFFICER);
		Api officer = Api.as(tokens.forSubject("net-officer-c"));
		String base = "/api/v1/tenants/" + buseck + "/network";
		created(officer.post(base + "/organisations", organisation("Bürgerverein Buseck", "verein")));
		Api.Response suspended = operator.post("/api/v1/platform/councils/" + buseck + "/suspension",
				Map.of("reason", "Rechnung offen"));
		assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

		Api.Response refused = officer.post(base + "/organisations", organisation("Neuer Verein Buseck", "verein"));
		assertThat(refused.status()).isEqualTo(423);
		assertThat(officer.post(base + "/proposals", Map.of("organisation", organisation("X", "verein"))).status())
			.isEqualTo(423);
		assertThat(names(officer.get(base + "/directory?q=buseck"))).containsExactly("Bürgerverein Buseck");
		HttpResponse<byte[]> csv = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + base + "/export/csv"))
			.header("Authorization", "Bearer " + tokens.forSubject("net-officer-c"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Bürgerverein Buseck");
	}

	@Test
	void theNetworkIsDescribedInTheOpenApiDocument() {
		Api.Response docs = Api.anonymous().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/tenants/{tenant}/network/directory",
				"/api/v1/tenants/{tenant}/network/organisations/import",
				"/api/v1/tenants/{tenant}/network/member-proposals/{member}/{id}/accept");
	}

	@Test
	void badInputNamesTheFieldInTheCallersLanguageAndStoresNothing() {
		prepare();
		Api.Response bad = officerA.send("POST", A + "/organisations", organisation("", "verein", "email", "keine-mail",
				"postalCode", "3546", "website", "caritas.example"), Map.of("Accept-Language", "en"));
		assertThat(bad.status()).isEqualTo(400);
		Map<String, String> errors = new HashMap<>();
		bad.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		assertThat(errors).containsEntry("name", "Please enter the name of the organisation.")
			.containsEntry("email", "Please enter a valid e-mail address.")
			.containsEntry("postalCode", "The postal code has 5 digits.")
			.containsKey("website");
		Api.Response unknownType = officerA.send("POST", A + "/organisations", organisation("Verein ohne Art", "fussball"),
				Map.of("Accept-Language", "de"));
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
		assertThat(unknownType.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Diese Art von Organisation gibt es nicht.");
		Api.Response sharedInMember = officerA.post(A + "/organisations", organisation("Geteilt", "verein", "shared", true));
		assertThat(sharedInMember.json().get("errors").get(0).get("field").asString()).isEqualTo("shared");
		Api.Response badLanguage = officerA.post(A + "/organisations/" + created(officerA.post(A + "/organisations",
				organisation("Tafel Lumdatal", "verein"))) + "/offers", Map.of("topic", "Lebensmittel", "languages",
						List.of("arabic"), "area", List.of("99999999")));
		assertThat(badLanguage.status()).isEqualTo(400);
		assertThat(badLanguage.json().get("errors").get(0).get("field").asString()).isEqualTo("languages");
		assertThat(names(officerA.get(A + "/organisations?q=verein%20ohne"))).isEmpty();
		assertThat(names(officerA.get(A + "/organisations?q=geteilt"))).isEmpty();
	}

	@Test
	void updatesNeedTheCurrentEtagAndAnOrganisationsNameIsUnique() {
		prepare();
		Api.Response created = officerA.post(A + "/organisations", organisation("Familienzentrum Allendorf", "beratungsstelle"));
		String id = created(created);
		assertThat(officerA.post(A + "/organisations", organisation("familienzentrum allendorf", "verein")).status())
			.isEqualTo(409);
		Map<String, Object> changed = organisation("Familienzentrum Allendorf", "beratungsstelle", "phone", "06407 1234");
		assertThat(officerA.put(A + "/organisations/" + id, changed, null).status()).isEqualTo(428);
		Api.Response updated = officerA.put(A + "/organisations/" + id, changed, created.header("ETag"));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("phone").asString()).isEqualTo("06407 1234");
		assertThat(officerA.put(A + "/organisations/" + id, changed, created.header("ETag")).status()).isEqualTo(412);
		assertThat(officerA.delete(A + "/organisations/" + id, created.header("ETag")).status()).isEqualTo(412);
		assertThat(officerA.delete(A + "/organisations/" + id, updated.header("ETag")).status()).isEqualTo(204);
		assertThat(officerA.get(A + "/organisations/" + id).status()).isEqualTo(404);
	}

	@Test
	void aContactNeedsALegalBasisAndIsDeletedWithItsRowAlsoWithItsOrganisation() throws SQLException {
		prepare();
		String org = created(officerA.post(A + "/organisations", organisation("Jugendmigrationsdienst Lumdatal", "beratungsstelle")));
		Api.Response noBasis = officerA.post(A + "/organisations/" + org + "/contacts", Map.of("name", "Amira Haddad"));
		assertThat(noBasis.status()).isEqualTo(400);
		assertThat(noBasis.json().get("errors").get(0).get("field").asString()).isEqualTo("legalBasis");
		Api.Response consentWithoutDate = officerA.post(A + "/organisations/" + org + "/contacts",
				Map.of("name", "Amira Haddad", "legalBasis", "CONSENT"));
		assertThat(consentWithoutDate.json().get("errors").get(0).get("field").asString()).isEqualTo("consentDate");

		Api.Response amira = officerA.post(A + "/organisations/" + org + "/contacts", Map.of("name", "Amira Haddad",
				"function", "Beraterin", "email", "a.haddad@jmd.example", "languages", List.of("ar", "de"),
				"legalBasis", "CONSENT", "consentDate", "2026-01-15"));
		String amiraId = created(amira);
		String jonas = created(officerA.post(A + "/organisations/" + org + "/contacts", Map.of("name", "Jonas Weber",
				"legalBasis", "PUBLIC_TASK", "legalBasisNote", "§ 3 HDSIG, Aufgabe der Integrationsarbeit")));
		assertThat(officerA.get(A + "/organisations/" + org + "/contacts").json().findValuesAsString("name"))
			.containsExactly("Amira Haddad", "Jonas Weber");
		assertThat(names(officerA.get(A + "/organisations?language=ar&q=jugendmigration")))
			.as("a contact's languages make the organisation findable").containsExactly("Jugendmigrationsdienst Lumdatal");

		assertThat(officerA.delete(A + "/contacts/" + amiraId, amira.header("ETag")).status()).isEqualTo(204);
		assertThat(count("select count(*) from t_" + ALLENDORF + ".contact_person where id = '" + amiraId + "'"))
			.as("the row itself is gone").isZero();
		assertThat(count("select count(*) from t_" + ALLENDORF + ".contact_person where name = 'Amira Haddad'")).isZero();

		Api.Response organisation = officerA.get(A + "/organisations/" + org);
		assertThat(officerA.delete(A + "/organisations/" + org, organisation.header("ETag")).status()).isEqualTo(204);
		assertThat(count("select count(*) from t_" + ALLENDORF + ".contact_person where id = '" + jonas + "'"))
			.as("contacts go with their organisation").isZero();
	}

	@Test
	void typesAreExtensiblePerCouncilAndOneInUseStays() {
		prepare();
		assertThat(viewerA.get(A + "/types").json().findValuesAsString("code")).startsWith("traeger", "beratungsstelle",
				"migrantenorganisation", "verein", "unternehmen", "behoerde", "schule", "religionsgemeinschaft");
		Api.Response added = officerA.post(A + "/types", Map.of("name", "Kulturzentrum", "position", 85));
		assertThat(added.json().get("code").asString()).isEqualTo("kulturzentrum");
		String org = created(officerA.post(A + "/organisations", organisation("Kulturzentrum Lumda", "kulturzentrum")));
		Api.Response inUse = officerA.delete(A + "/types/" + added.json().get("id").asString(), added.header("ETag"));
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(officerB.get(B + "/types").json().findValuesAsString("code")).as("another council's list is its own")
			.doesNotContain("kulturzentrum");
		officerA.delete(A + "/organisations/" + org, "\"0\"");
		assertThat(officerA.delete(A + "/types/" + added.json().get("id").asString(), added.header("ETag")).status())
			.isEqualTo(204);
	}

	@Test
	void membersFindTheCountysSharedEntriesBesideTheirOwnMarkedByTheirSourceAndCannotChangeThem() {
		prepare();
		String shared = created(coordinator.post(C + "/organisations", organisation("Diakonie Gießen Integrationsdienst",
				"traeger", "shared", true, "city", "Gießen")));
		created(coordinator.post(C + "/organisations/" + shared + "/offers", Map.of("topic", "Sprachcafé",
				"languages", List.of("uk", "ru"), "area", List.of(COUNTY))));
		created(coordinator.post(C + "/organisations/" + shared + "/contacts", Map.of("name", "Olena Koval",
				"email", "o.koval@diakonie.example", "languages", List.of("uk"), "legalBasis", "CONTRACT")));
		String internal = created(coordinator.post(C + "/organisations", organisation("Kreisinterne Notiz Sprachcafé",
				"sonstige")));
		created(officerA.post(A + "/organisations", organisation("Sprachcafé Allendorf", "verein")));

		Api.Response search = officerA.get(A + "/directory?q=sprachcaf");
		Map<String, String> sources = new HashMap<>();
		search.json().get("content").forEach(e -> sources.put(e.get("name").asString(), e.get("source").asString()));
		assertThat(sources).containsEntry("Diakonie Gießen Integrationsdienst", "COUNTY")
			.containsEntry("Sprachcafé Allendorf", "OWN")
			.doesNotContainKey("Kreisinterne Notiz Sprachcafé");
		assertThat(names(officerA.get(A + "/directory?q=giessen%20integrationsdienst")))
			.as("found without the ß, as typed on any keyboard").containsExactly("Diakonie Gießen Integrationsdienst");
		assertThat(names(officerA.get(A + "/directory?q=sprachcafe&source=OWN"))).containsExactly("Sprachcafé Allendorf");
		assertThat(names(officerA.get(A + "/directory?language=uk&source=COUNTY")))
			.containsExactly("Diakonie Gießen Integrationsdienst");
		assertThat(names(officerA.get(A + "/directory?q=sprachcaf&source=OWN"))).containsExactly("Sprachcafé Allendorf");
		assertThat(names(officerB.get(B + "/directory?q=sprachcaf"))).as("B sees the county's, not A's own")
			.containsExactly("Diakonie Gießen Integrationsdienst");

		JsonNode entry = officerA.get(A + "/county/organisations/" + shared).json();
		assertThat(entry.get("offers").findValuesAsString("topic")).containsExactly("Sprachcafé");
		assertThat(entry.get("contacts").get(0).get("email").asString()).isEqualTo("o.koval@diakonie.example");
		assertThat(entry.get("contacts").get(0).has("legalBasis")).as("only how to reach a person is shared").isFalse();

		assertThat(officerA.get(A + "/organisations/" + shared).status()).as("not the member's own record").isEqualTo(404);
		assertThat(officerA.get(A + "/county/organisations/" + internal).status()).as("an unshared county entry")
			.isEqualTo(404);
		assertThat(officerA.put(A + "/organisations/" + shared, organisation("Gekapert", "traeger"), "\"0\"").status())
			.isEqualTo(404);
		assertThat(officerA.get("/api/v1/tenants/" + COUNTY + "/network/organisations/" + shared).status())
			.as("the member has no role in the county").isEqualTo(404);
		assertThat(coordinator.get("/api/v1/tenants/" + COUNTY + "/network/directory?q=kreisinterne").json()
			.get("totalElements").asLong()).as("the county finds its unshared entries itself").isEqualTo(1);
	}

	@Test
	void aMemberProposesTheCountyAcceptsOrDeclinesAndOnlyTheProposerReadsTheOutcome() throws SQLException {
		prepare();
		String target = created(coordinator.post(C + "/organisations", organisation("AWO Kreisverband Gießen", "traeger",
				"shared", true, "phone", "0641 1111")));
		Api.Response propose = officerA.post(A + "/proposals", Map.of("organisation",
				organisation("Moscheegemeinde Lumdatal", "religionsgemeinschaft", "city", "Allendorf (Lumda)"),
				"comment", "Aktiv in der Hausaufgabenhilfe"));
		String newProposal = created(propose);
		assertThat(propose.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(propose.json().get("kind").asString()).isEqualTo("NEW");
		String change = created(officerA.post(A + "/proposals", Map.of("targetId", target, "organisation",
				organisation("AWO Kreisverband Gießen", "traeger", "phone", "0641 2222"), "comment", "Neue Nummer")));
		String declined = created(officerB.post(B + "/proposals", Map.of("organisation",
				organisation("Stammtisch Biebertal", "verein"))));
		Api.Response unknownType = officerA.post(A + "/proposals", Map.of("organisation", organisation("X", "fussball")));
		assertThat(unknownType.json().get("errors").get(0).get("field").asString()).isEqualTo("organisation.type");
		Api.Response known = officerA.post(A + "/proposals", Map.of("organisation", organisation("awo kreisverband gießen",
				"traeger")));
		assertThat(known.json().get("errors").get(0).get("field").asString()).as("new, but already in the directory")
			.isEqualTo("organisation.name");
		Api.Response unknownTarget = officerA.post(A + "/proposals", Map.of("targetId", newProposal, "organisation",
				organisation("X", "verein")));
		assertThat(unknownTarget.json().get("errors").get(0).get("field").asString()).isEqualTo("targetId");

		Api.Response open = coordinator.get(C + "/member-proposals");
		List<String> openNames = open.json().get("content").findValuesAsString("name");
		assertThat(openNames).contains("Moscheegemeinde Lumdatal", "AWO Kreisverband Gießen", "Stammtisch Biebertal");
		JsonNode first = open.json().get("content").get(0);
		assertThat(first.has("proposedBy")).as("the county does not learn who proposed").isFalse();
		assertThat(open.json().toString()).contains("Allendorf (Lumda)").contains("Biebertal");
		assertThat(officerA.get(A + "/member-proposals").status()).as("officers do not decide").isEqualTo(403);

		Api.Response accepted = coordinator.post(C + "/member-proposals/" + ALLENDORF + "/" + newProposal + "/accept", null);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
		String newShared = accepted.json().get("organisationId").asString();
		assertThat(coordinator.post(C + "/member-proposals/" + ALLENDORF + "/" + newProposal + "/accept", null).status())
			.as("decided once").isEqualTo(409);
		assertThat(coordinator.post(C + "/member-proposals/" + ALLENDORF + "/" + change + "/accept", null).status())
			.isEqualTo(201);
		Api.Response noReason = coordinator.post(C + "/member-proposals/" + BIEBERTAL + "/" + declined + "/decline",
				Map.of("reason", " "));
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(coordinator.post(C + "/member-proposals/" + BIEBERTAL + "/" + declined + "/decline",
				Map.of("reason", "Kein Angebot zur Integration")).status()).isEqualTo(201);
		assertThat(coordinator.get(C + "/member-proposals/" + BIEBERTAL + "/" + newProposal).status())
			.as("a proposal of A is not found under B").isEqualTo(404);
		assertThat(coordinator.get(C + "/member-proposals").json().get("content").findValuesAsString("name"))
			.doesNotContain("Moscheegemeinde Lumdatal", "Stammtisch Biebertal");

		JsonNode mosque = coordinator.get(C + "/organisations/" + newShared).json();
		assertThat(mosque.get("shared").asBoolean()).isTrue();
		assertThat(mosque.get("type").asString()).isEqualTo("religionsgemeinschaft");
		assertThat(coordinator.get(C + "/organisations/" + target).json().get("phone").asString()).isEqualTo("0641 2222");
		assertThat(names(officerB.get(B + "/directory?q=moschee"))).as("accepted: shared with every member")
			.containsExactly("Moscheegemeinde Lumdatal");

		Api.Response outcomeA = officerA.get(A + "/proposals/" + newProposal);
		assertThat(outcomeA.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(outcomeA.json().get("organisationId").asString()).isEqualTo(newShared);
		Api.Response outcomeB = officerB.get(B + "/proposals/" + declined);
		assertThat(outcomeB.json().get("status").asString()).isEqualTo("DECLINED");
		assertThat(outcomeB.json().get("reason").asString()).isEqualTo("Kein Angebot zur Integration");
		assertThat(officerB.get(B + "/proposals/" + newProposal).status()).as("B cannot read A's proposal").isEqualTo(404);
		assertThat(officerB.get(B + "/proposals").json().get("content").findValuesAsString("id"))
			.containsExactly(declined);
		assertThat(officerA.delete(A + "/proposals/" + newProposal, "\"0\"").status()).as("decided: stays")
			.isEqualTo(409);

		assertThat(rowsAs(ALLENDORF, "select proposal_id::text from t_" + COUNTY + ".shared_network_decision"))
			.as("A reads the outcomes of its own proposals only").containsExactlyInAnyOrder(newProposal, change);
		assertThat(rowsAs(BIEBERTAL, "select proposal_id::text from t_" + COUNTY + ".shared_network_decision"))
			.containsExactly(declined);
		assertThat(coordinator.get(C + "/decisions").json().get("content").findValuesAsString("outcome"))
			.contains("ACCEPTED", "DECLINED");
	}

	@Test
	void theDatabaseRefusesEveryCrossTenantReadButTheViewsMeantForIt() throws SQLException {
		prepare();
		String county = TestDatabase.get().rolePrefix() + "t_" + COUNTY;
		String a = TestDatabase.get().rolePrefix() + "t_" + ALLENDORF;
		for (String table : List.of("organisation", "contact_person", "offer", "network_decision", "working_group")) {
			assertThatThrownBy(() -> queryAs(a, "select count(*) from t_" + COUNTY + "." + table))
				.as("member reads the county's " + table).hasMessageContaining("permission denied");
		}
		for (String table : List.of("network_proposal", "organisation", "contact_person", "offer")) {
			assertThatThrownBy(() -> queryAs(county, "select count(*) from t_" + ALLENDORF + "." + table))
				.as("county reads the member's " + table).hasMessageContaining("permission denied");
		}
		assertThatThrownBy(() -> queryAs(a, "select count(*) from t_" + BIEBERTAL + ".county_network_proposal"))
			.as("a member reads another member's proposals").hasMessageContaining("permission denied");
		assertThatThrownBy(() -> queryAs(a, "select count(*) from t_" + BIEBERTAL + ".shared_organisation"))
			.hasMessageContaining("permission denied");
		queryAs(a, "select count(*) from t_" + COUNTY + ".shared_organisation");
		queryAs(a, "select count(*) from t_" + COUNTY + ".shared_contact");
		queryAs(county, "select count(*) from t_" + ALLENDORF + ".county_network_proposal");
		queryAs(county, "select count(*) from t_" + ALLENDORF + ".county_partner_counts");
	}

	@Test
	void theCountyReadsHowManyPartnersOfATypeServeEachMember() throws SQLException {
		prepare();
		String org = created(officerB.post(B + "/organisations", organisation("Schule am Dünsberg", "schule")));
		created(officerB.post(B + "/organisations/" + org + "/offers", Map.of("topic", "Sprachförderung",
				"area", List.of(BIEBERTAL))));
		assertThat(rowsAs(COUNTY, "select organisation_type || ' ' || area_ags || ' ' || organisations from t_"
				+ BIEBERTAL + ".county_partner_counts")).contains("schule " + BIEBERTAL + " 1");
	}

	@Test
	void csvImportPreviewsEveryRowImportsNothingWhileARowIsWrongAndAllInOneGo() throws Exception {
		prepare();
		created(officerB.post(B + "/organisations", organisation("Landfrauen Biebertal", "verein")));
		String bad = """
				name;type;email;postalCode;notes
				Kirchengemeinde Rodheim;Religionsgemeinschaft;pfarramt@rodheim.example;35444;a
				;verein;;;b
				Landfrauen Biebertal;verein;;;c
				Elternverein;Elternschaft;nicht-mail;123;d
				Kirchengemeinde Rodheim;verein;;;e
				""";
		HttpResponse<String> preview = upload(B + "/organisations/import?dryRun=true", bad, "de");
		assertThat(preview.statusCode()).isEqualTo(200);
		JsonNode result = JSON.readTree(preview.body());
		assertThat(result.get("valid").asBoolean()).isFalse();
		assertThat(result.get("ignoredColumns").toString()).isEqualTo("[\"notes\"]");
		JsonNode rows = result.get("rows");
		assertThat(rows).hasSize(5);
		assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
		assertThat(rows.get(0).get("type").asString()).as("a type by its name").isEqualTo("religionsgemeinschaft");
		assertThat(rows.get(0).get("errors")).isEmpty();
		assertThat(fields(rows.get(1))).containsExactly("name");
		assertThat(fields(rows.get(2))).containsExactly("name");
		assertThat(rows.get(2).get("errors").get(0).get("message").asString())
			.isEqualTo("Es gibt bereits eine Organisation mit diesem Namen.");
		assertThat(fields(rows.get(3))).containsExactly("type", "postalCode", "email");
		assertThat(rows.get(4).get("errors").get(0).get("message").asString())
			.isEqualTo("Diese Organisation steht mehrfach in der Datei.");

		HttpResponse<String> refused = upload(B + "/organisations/import", bad, "en");
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.get("errors").findValuesAsString("field")).contains("line 3: name", "line 5: email");
		assertThat(count("select count(*) from t_" + BIEBERTAL + ".organisation where name = 'Kirchengemeinde Rodheim'"))
			.as("nothing of a refused file").isZero();
		HttpResponse<String> noColumns = upload(B + "/organisations/import", "title,city\nX,Y\n", "en");
		assertThat(JSON.readTree(noColumns.body()).get("errors").get(0).get("field").asString()).isEqualTo("file");
		HttpResponse<String> headerOnly = upload(B + "/organisations/import?dryRun=true", "name,type\n", "de");
		assertThat(JSON.readTree(headerOnly.body()).get("errors").get(0).get("message").asString())
			.as("the network's own text, not monitoring's").isEqualTo("Die Datei enthält keine Zeilen unter der Kopfzeile.");

		String good = "\uFEFFname,type,city,phone\n\"Kirchengemeinde Rodheim, ev.\",religionsgemeinschaft,Biebertal,06409 123\n"
				+ "Heimatverein Fellingshausen,verein,Biebertal,\n";
		HttpResponse<String> imported = upload(B + "/organisations/import", good, "de");
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		assertThat(JSON.readTree(imported.body()).get("imported").asInt()).isEqualTo(2);
		assertThat(names(officerB.get(B + "/organisations?q=rodheim"))).containsExactly("Kirchengemeinde Rodheim, ev.");
		assertThat(upload(A + "/organisations/import?dryRun=true", good, "de", "net-viewer-a").statusCode())
			.as("viewers do not import").isEqualTo(403);
	}

	@Test
	void theDirectoryExportsAsCsvAndVCardThatParseBack() throws Exception {
		prepare();
		String county = created(coordinator.post(C + "/organisations", organisation("Ausländerbehörde Landkreis Gießen",
				"behoerde", "shared", true, "street", "Riversplatz 1-9", "postalCode", "35394", "city", "Gießen",
				"email", "abh@lkgi.example")));
		created(coordinator.post(C + "/organisations/" + county + "/contacts", Map.of("name", "Kemal Yılmaz",
				"function", "Sachgebietsleitung; Aufenthalt", "phone", "0641 9390", "languages", List.of("tr", "de"),
				"legalBasis", "PUBLIC_TASK")));
		String own = created(officerA.post(A + "/organisations", organisation("Nähcafé Allendorf, Treff", "verein")));
		created(officerA.post(A + "/organisations/" + own + "/offers", Map.of("topic", "Nähen", "languages", List.of("fa"))));

		HttpResponse<byte[]> csv = download(A + "/export/csv");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		Map<String, CSVRecord> byName = new HashMap<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1)))) {
			parser.forEach(r -> byName.put(r.get("name"), r));
		}
		assertThat(byName.get("Nähcafé Allendorf, Treff").get("source")).isEqualTo("own");
		assertThat(byName.get("Nähcafé Allendorf, Treff").get("topics")).isEqualTo("Nähen");
		assertThat(byName.get("Ausländerbehörde Landkreis Gießen").get("source")).isEqualTo("county");
		assertThat(byName.get("Ausländerbehörde Landkreis Gießen").get("postalCode")).isEqualTo("35394");

		HttpResponse<byte[]> vcf = download(A + "/export/vcard");
		assertThat(vcf.headers().firstValue("Content-Type").orElse("")).startsWith("text/vcard");
		List<Map<String, List<String>>> cards = VCardReader.read(new String(vcf.body(), StandardCharsets.UTF_8));
		Map<String, List<String>> kemal = cards.stream()
			.filter(c -> c.get("FN").contains("Kemal Yılmaz"))
			.findFirst()
			.orElseThrow();
		assertThat(kemal.get("VERSION")).containsExactly("4.0");
		assertThat(kemal.get("KIND")).containsExactly("individual");
		assertThat(kemal.get("ORG")).containsExactly("Ausländerbehörde Landkreis Gießen");
		assertThat(kemal.get("ROLE")).containsExactly("Sachgebietsleitung; Aufenthalt");
		assertThat(kemal.get("LANG")).containsExactly("tr", "de");
		Map<String, List<String>> office = cards.stream()
			.filter(c -> c.get("FN").contains("Ausländerbehörde Landkreis Gießen") && c.get("KIND").contains("org"))
			.findFirst()
			.orElseThrow();
		assertThat(office.get("ADR")).containsExactly(";;Riversplatz 1-9;Gießen;;35394;Deutschland");
		assertThat(cards.stream().filter(c -> c.get("FN").contains("Nähcafé Allendorf, Treff"))).hasSize(1);
	}

	@Test
	void workingGroupsHaveTheirOwnMembersAndTheCountysSharedGroupsAreReadable() {
		prepare();
		String member = created(coordinator.post(C + "/organisations", organisation("Jobcenter Gießen", "behoerde",
				"shared", true)));
		String internal = created(coordinator.post(C + "/organisations", organisation("Kreisjugendring intern", "verein")));
		created(coordinator.post(C + "/working-groups", Map.of("name", "AK Arbeitsmarktintegration", "shared", true,
				"organisationIds", List.of(member, internal))));
		Api.Response foreignMember = officerA.post(A + "/working-groups", Map.of("name", "AK Sprache",
				"organisationIds", List.of(member)));
		assertThat(foreignMember.status()).isEqualTo(400);
		assertThat(foreignMember.json().get("errors").get(0).get("field").asString()).isEqualTo("organisationIds");

		JsonNode groups = officerA.get(A + "/county/working-groups").json();
		JsonNode ak = null;
		for (JsonNode g : groups) {
			if (g.get("name").asString().equals("AK Arbeitsmarktintegration")) {
				ak = g;
			}
		}
		assertThat(ak).isNotNull();
		assertThat(ak.get("members").findValuesAsString("name")).as("unshared members stay the county's")
			.containsExactly("Jobcenter Gießen");
	}

	private static List<String> fields(JsonNode row) {
		List<String> fields = new ArrayList<>();
		row.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private HttpResponse<String> upload(String path, String csv, String language) throws Exception {
		return upload(path, csv, language, "net-officer-b");
	}

	private HttpResponse<String> upload(String path, String csv, String language, String subject) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
			.header("Authorization", "Bearer " + tokens.forSubject(subject))
			.header("Content-Type", "text/csv; charset=utf-8")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
			.header("Authorization", "Bearer " + tokens.forSubject("net-viewer-a"))
			.GET()
			.build();
		HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private long count(String query) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Rows of a query run as a tenant's own database role, as its requests run. */
	private List<String> rowsAs(String ags, String query) throws SQLException {
		return queryAs(TestDatabase.get().rolePrefix() + "t_" + ags, query);
	}

	private List<String> queryAs(String role, String query) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute("SET ROLE \"" + role + "\"");
			try (ResultSet rs = sql.executeQuery(query)) {
				List<String> rows = new ArrayList<>();
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
				return rows;
			}
			finally {
				sql.execute("RESET ROLE");
			}
		}
	}

	@Test
	void theCountysMonitoringCountsEachMembersPartnerOrganisationsByTypeAndSeesANewOneAtOnce() {
		prepare();
		String dashboard = "/api/v1/tenants/" + COUNTY + "/monitoring/county";
		int before = partnersOfTypeIn(coordinator.get(dashboard).json(), "OP-PARTNERS-VEREIN", BIEBERTAL);

		String verein = created(officerB.post(B + "/organisations", organisation("Kulturverein Vetzberg", "verein")));
		created(officerB.post(B + "/organisations/" + verein + "/offers", Map.of("topic", "Interkulturelles Fest",
				"area", List.of(BIEBERTAL))));

		JsonNode after = coordinator.get(dashboard).json();
		assertThat(partnersOfTypeIn(after, "OP-PARTNERS-VEREIN", BIEBERTAL)).as("the cached dashboard was dropped")
			.isEqualTo(before + 1);
		assertThat(partnersOfTypeIn(after, "OP-PARTNERS", BIEBERTAL)).isGreaterThanOrEqualTo(before + 1);
	}

	/** This year's count of a member in an operational panel of the county dashboard (0 when none, or no panel). */
	private static int partnersOfTypeIn(JsonNode dashboard, String code, String member) {
		String year = String.valueOf(java.time.LocalDate.now().getYear());
		for (JsonNode panel : dashboard.get("indicators")) {
			if (!panel.get("code").asString().equals(code)) {
				continue;
			}
			int column = indexOf(panel.get("periods"), year);
			for (JsonNode row : panel.get("members")) {
				if (row.get("area").asString().equals(member) && column >= 0) {
					JsonNode value = row.get("cells").get(column).get("value");
					return value == null || value.isNull() ? 0 : value.asInt();
				}
			}
			return 0;
		}
		return 0; // no organisation of the kind anywhere yet: no panel
	}

	private static int indexOf(JsonNode periods, String period) {
		for (int i = 0; i < periods.size(); i++) {
			if (periods.get(i).asString().equals(period)) {
				return i;
			}
		}
		return -1;
	}
}

package de.mosaik.web.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.mosaik.core.network.ContactPersonData;
import de.mosaik.core.network.ContactPersonService;
import de.mosaik.core.network.LegalBasis;
import de.mosaik.core.network.OfferData;
import de.mosaik.core.network.OfferService;
import de.mosaik.core.network.Organisation;
import de.mosaik.core.network.OrganisationData;
import de.mosaik.core.network.OrganisationService;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner network in a real browser, with the axe check on every page: an officer finds a shared
 * county entry marked as the county's beside the own ones and proposes a change; the coordinator
 * accepts it and the officer reads the outcome. This class's councils: Landkreis Böblingen (08115)
 * with the Stadt Böblingen (08115003); its people: {@code netz-officer}, {@code netz-coordinator}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkBrowserTest extends IntegrationTest {

	static final String COUNTY = "08115";

	static final String CITY = "08115003";

	static final String NETWORK = "/app/" + CITY + "/network";

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurrentTenant currentTenant;

	@Autowired
	OrganisationService organisations;

	@Autowired
	OfferService offers;

	@Autowired
	ContactPersonService contacts;

	Browser browser;

	Organisation caritas;

	@BeforeAll
	void start() {
		browser = Browser.start();
		fixtures.council(CITY);
		fixtures.grant(fixtures.person("netz-officer"), CITY, Role.MUNICIPAL_OFFICER);
		fixtures.grant(fixtures.person("netz-coordinator"), COUNTY, Role.COUNTY_COORDINATOR);
		caritas = currentTenant.callAs(new TenantKey(COUNTY), () -> {
			Organisation o = organisations.create(new OrganisationData("Caritas Migrationsdienst Böblingen", "traeger",
					"Beratung für Zugewanderte", "Marktplatz 1", "71032", "Böblingen", "migration@caritas-bb.example",
					"07031 1000", "https://caritas-bb.example", true));
			offers.create(o.getId(), new OfferData("Migrationsberatung für Erwachsene", null, List.of("Erwachsene"),
					List.of("ar", "fa"), List.of(CITY)));
			contacts.create(o.getId(), new ContactPersonData("Samira Nouri", "Beraterin", "s.nouri@caritas-bb.example",
					null, List.of("fa"), LegalBasis.CONTRACT, null, null));
			organisations.create(new OrganisationData("Caritas intern (nicht geteilt)", "sonstige", null, null, null, null,
					null, null, null, false));
			return o;
		});
		currentTenant.runAs(new TenantKey(CITY), () -> organisations.create(new OrganisationData(
				"Caritas-Sprachpaten Böblingen", "verein", null, null, null, "Böblingen", null, null, null, false)));
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void officerFindsTheSharedCountyEntryMarkedAsSuchProposesAChangeAndTheCoordinatorAcceptsIt() {
		browser.signInAs("netz-officer").open(NETWORK);
		assertThat(browser.text("h1")).isEqualTo("Netzwerk");
		browser.assertAccessible();

		browser.type("#q", "caritas").click("#search");
		assertThat(browser.texts("#directory tbody th")).containsExactly("Caritas Migrationsdienst Böblingen",
				"Caritas-Sprachpaten Böblingen");
		assertThat(sourceOf("Caritas Migrationsdienst Böblingen")).isEqualTo("Landkreis");
		assertThat(sourceOf("Caritas-Sprachpaten Böblingen")).isEqualTo("Eigener Eintrag");
		browser.type("#q", "persisch").click("#search");
		assertThat(browser.texts("#directory tbody th")).as("found by the language of its offer and contacts")
			.containsExactly("Caritas Migrationsdienst Böblingen");
		browser.assertAccessible();
		browser.type("#q", "").select("#language", "Arabisch").click("#search");
		assertThat(browser.texts("#directory tbody th")).containsExactly("Caritas Migrationsdienst Böblingen");
		browser.type("#q", "caritas").select("#language", "Alle").click("#search");
		browser.screenshot("network-directory");

		browser.clickText("Caritas Migrationsdienst Böblingen");
		assertThat(browser.text("#source-tag")).isEqualTo("Landkreis");
		assertThat(browser.text("#county-contacts")).contains("Samira Nouri", "s.nouri@caritas-bb.example");
		assertThat(browser.has("#edit-organisation")).as("a county entry is not the member's to change").isFalse();
		browser.assertAccessible();
		browser.screenshot("network-county-entry");

		browser.click("#propose-change");
		assertThat(browser.text("h1")).isEqualTo("Änderung vorschlagen");
		assertThat(browser.attribute("#name", "value")).isEqualTo("Caritas Migrationsdienst Böblingen");
		browser.type("#phone", "keine Nummer").click("#send-proposal");
		assertThat(browser.text("#phone-error")).startsWith("Die Telefonnummer darf nur Ziffern");
		browser.assertAccessible();
		browser.type("#phone", "07031 2000").type("#comment", "Neue Durchwahl seit Januar").click("#send-proposal");
		assertThat(browser.pathOnly()).isEqualTo(NETWORK + "/proposals");
		assertThat(browser.text(".flash")).isEqualTo(
				"Ihr Vorschlag „Caritas Migrationsdienst Böblingen“ wurde an den Landkreis gesendet.");
		assertThat(browser.text("#proposals tbody td:last-child")).startsWith("offen").contains("Vorschlag zurückziehen");
		browser.assertAccessible();

		browser.signInAs("netz-coordinator").open("/app/" + COUNTY + "/network");
		assertThat(browser.text("#member-proposals")).isEqualTo("Vorschläge der Gemeinden (1 offen)");
		browser.click("#member-proposals");
		browser.assertAccessible();
		browser.clickText("Caritas Migrationsdienst Böblingen");
		assertThat(browser.text("#proposal-fields")).contains("07031 1000", "07031 2000 geändert");
		assertThat(browser.text("#proposal-comment")).isEqualTo("Neue Durchwahl seit Januar");
		browser.assertAccessible();
		browser.screenshot("network-member-proposal");
		browser.click("#decline");
		assertThat(browser.text("#reason-error")).isEqualTo("Bitte begründen Sie die Ablehnung.");
		browser.assertAccessible();
		browser.click("#accept");
		assertThat(browser.text(".flash")).isEqualTo("„Caritas Migrationsdienst Böblingen“ von Böblingen, Stadt wurde angenommen.");
		assertThat(browser.has("#open-empty")).isTrue();
		assertThat(browser.text("#recent-decisions")).contains("angenommen", "Caritas Migrationsdienst Böblingen");

		browser.signInAs("netz-officer").open(NETWORK + "/proposals");
		assertThat(browser.text("#proposals tbody td:last-child")).startsWith("angenommen");
		browser.clickText("Zum Eintrag");
		assertThat(browser.text("#organisation-facts")).contains("07031 2000");
	}

	@Test
	void anOfficerKeepsPrivatePartnersWithContactsAndImportsFromCsvAfterAPreview() throws Exception {
		browser.signInAs("netz-officer").open(NETWORK);
		browser.click("#new-organisation");
		browser.assertAccessible();
		browser.type("#name", "Frauentreff Diezenhalde").select("#type", "Verein").type("#email", "treff@example")
			.click("#save");
		assertThat(browser.text("h1")).isEqualTo("Frauentreff Diezenhalde");
		browser.assertAccessible();
		browser.click("#new-contact");
		browser.type("#name", "Leyla Demir").tick("input[value=CONSENT]").click("#save");
		assertThat(browser.text("#consentDate-error")).isEqualTo(
				"Bei einer Einwilligung geben Sie bitte das Datum der Einwilligung an.");
		browser.assertAccessible();
		browser.script("document.getElementById('consentDate').value = '2026-01-10'");
		browser.type("#languages", "tr, ku").click("#save");
		assertThat(browser.text("#contacts")).contains("Leyla Demir", "Einwilligung", "10.01.2026");
		browser.screenshot("network-organisation");

		Path bad = Files.createTempFile("netzwerk", ".csv");
		Files.writeString(bad, "name;type;email\nTafel Böblingen;verein;tafel@example.org\n;verein;\n", StandardCharsets.UTF_8);
		browser.open(NETWORK + "/import");
		browser.assertAccessible();
		browser.find("#file").sendKeys(bad.toString());
		browser.click("#preview");
		assertThat(browser.text("#preview-summary")).isEqualTo("1 von 2 Zeilen haben Fehler. Es wurde nichts importiert.");
		assertThat(browser.text("#preview-rows")).contains("Name: Bitte geben Sie den Namen der Organisation an.");
		assertThat(browser.has("#commit-import")).isFalse();
		browser.assertAccessible();
		browser.screenshot("network-import-preview");

		Files.writeString(bad, "name;type;email\nTafel Böblingen;verein;tafel@example.org\n", StandardCharsets.UTF_8);
		browser.find("#file").sendKeys(bad.toString());
		browser.click("#preview");
		browser.click("#commit-import");
		assertThat(browser.text(".flash")).isEqualTo("1 Organisation wurde importiert.");
		browser.type("#q", "tafel").click("#search");
		assertThat(browser.texts("#directory tbody th")).containsExactly("Tafel Böblingen");
		Files.deleteIfExists(bad);
	}

	@Test
	void theCoordinatorKeepsTypesWorkingGroupsAndOffersThatMembersRead() {
		browser.signInAs("netz-coordinator").open("/app/" + COUNTY + "/network?q=caritas");
		assertThat(sourceOf("Caritas Migrationsdienst Böblingen")).isEqualTo("Kreisweit geteilt");
		assertThat(sourceOf("Caritas intern (nicht geteilt)")).isEqualTo("Nur im Landkreis");
		browser.assertAccessible();

		browser.click("#types");
		browser.type("#name", "Sportverein").click("#add-type");
		assertThat(browser.text(".flash")).isEqualTo("Die Art „Sportverein“ wurde hinzugefügt.");
		assertThat(browser.texts("#types code")).contains("sportverein");
		browser.assertAccessible();

		browser.open("/app/" + COUNTY + "/network/organisations/" + caritas.getId());
		browser.click("#new-offer");
		browser.assertAccessible();
		browser.type("#topic", "Integrationskurs-Lotsen").type("#languages", "uk, ru")
			.select("#area", "Böblingen, Stadt").click("#save");
		assertThat(browser.text("#offers")).contains("Integrationskurs-Lotsen", "Ukrainisch, Russisch", "Böblingen, Stadt");
		browser.assertAccessible();

		browser.open("/app/" + COUNTY + "/network/working-groups");
		browser.click("#new-group");
		browser.assertAccessible();
		browser.type("#name", "AK Integration Böblingen").select("#organisationIds", "Caritas Migrationsdienst Böblingen")
			.tick("input[type=checkbox][name=shared]").click("#save");
		assertThat(browser.text("h1")).isEqualTo("AK Integration Böblingen");
		assertThat(browser.text("#group-members")).isEqualTo("Caritas Migrationsdienst Böblingen");
		browser.assertAccessible();

		browser.signInAs("netz-officer").open(NETWORK + "/working-groups");
		assertThat(browser.text("main")).contains("Arbeitskreise des Landkreises", "AK Integration Böblingen");
		browser.assertAccessible();
		browser.open(NETWORK + "?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Network");
		assertThat(browser.lang()).isEqualTo("en");
		browser.assertAccessible();
		browser.open(NETWORK + "?lang=de");
	}

	private String sourceOf(String name) {
		return browser.find("#directory")
			.findElement(By.xpath(".//tr[th[normalize-space()='" + name + "']]/td[last()]"))
			.getText();
	}
}

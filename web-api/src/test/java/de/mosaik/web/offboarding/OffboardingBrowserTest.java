package de.mosaik.web.offboarding;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.browser.Browser;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator takes Belum (03352004, Landkreis Cuxhaven) through offboarding in the browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OffboardingBrowserTest extends IntegrationTest {

	static final String BELUM = "03352004";

	@Autowired
	Fixtures fixtures;

	Browser browser;

	@BeforeAll
	void start() {
		fixtures.council(BELUM);
		fixtures.grant(fixtures.person("offb-operator"), null, Role.PLATFORM_OPERATOR);
		fixtures.grant(fixtures.person("offb-officer"), BELUM, Role.MUNICIPAL_OFFICER);
		browser = Browser.start();
	}

	@AfterAll
	void stop() {
		browser.close();
	}

	@Test
	void theOperatorExportsConfirmsAndDeletesACouncilAndSeesTheProof() {
		browser.signInAs("offb-officer").open("/app/" + BELUM);
		assertThat(browser.text("#export-link")).isEqualTo("Alle Daten exportieren (ZIP)");
		browser.assertAccessible();
		browser.signOut();

		browser.signInAs("offb-operator").open("/app/platform/councils/" + BELUM);
		browser.click("#start-offboarding");
		assertThat(browser.text("#start-error")).isEqualTo("Bitte bestätigen Sie, dass die Kommune gekündigt hat.");
		browser.tick("#start-confirm").click("#start-offboarding");
		assertThat(browser.text("#offboarding-status")).isEqualTo("Exportiert, Bestätigung ausstehend");
		assertThat(browser.text("#council-status")).isEqualTo("Gesperrt");
		browser.assertAccessible();

		browser.type("#confirm-ags", "03352002").click("#confirm-offboarding");
		assertThat(browser.text("#confirm-ags-error")).isEqualTo("Der eingegebene Schlüssel stimmt nicht mit dem der Kommune überein.");
		browser.assertAccessible();
		browser.type("#confirm-ags", BELUM).click("#confirm-offboarding");
		assertThat(browser.text("#offboarding-status")).isEqualTo("Bestätigt, Löschung nach der Wartezeit");

		browser.click("#delete-now");
		assertThat(browser.text("h1")).isEqualTo("Löschnachweis: Belum");
		assertThat(browser.text("#proof-check")).isEqualTo("Von der Kommune ist nichts mehr vorhanden.");
		assertThat(browser.text("#proof-deleted")).contains("t_" + BELUM);
		browser.assertAccessible();
		browser.open("/app/platform/deletion-proofs/" + BELUM + "?lang=en");
		assertThat(browser.text("#proof-check")).isEqualTo("Nothing of the council is left.");
		browser.assertAccessible();
		browser.open("/app/platform/councils/" + BELUM + "?lang=de");
		assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");
	}
}

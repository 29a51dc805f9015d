package de.mosaik.web.browser;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way in: the public start page, the sign-in form, where a person lands with no council or with
 * several, the council switch, signing out and the error page. This class's councils: Landkreis
 * Wittmund (03462) and the town of Wittmund (03462019), both for the coordinator; the counsellor has
 * no role anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeBrowserTest extends IntegrationTest {

	static final String COUNTY = "03462";

	static final String TOWN = "03462019";

	@Autowired
	Fixtures fixtures;

	Browser browser;

	@BeforeAll
	void start() {
		browser = Browser.start();
		fixtures.council(TOWN);
		fixtures.grant("coordinator", COUNTY, Role.COUNTY_COORDINATOR);
		fixtures.grant("coordinator", TOWN, Role.VIEWER);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theStartPageSaysWhatMosaikIsAndLeadsToTheSignIn() {
		browser.signOut().open("/?lang=de");
		assertThat(browser.lang()).isEqualTo("de");
		assertThat(browser.title()).isEqualTo("Willkommen – Mosaik");
		assertThat(browser.text("h1")).contains("Integrationsmanagement für Landkreise, Städte und Gemeinden");
		assertThat(browser.text("#sign-in")).isEqualTo("Anmelden");
		assertThat(browser.has(".logout")).isFalse();
		browser.assertAccessible();
		browser.screenshot("landing");

		browser.click(".lang-switch a[lang=en]");
		assertThat(browser.lang()).isEqualTo("en");
		assertThat(browser.text("#sign-in")).isEqualTo("Sign in");
		browser.assertAccessible();
		browser.open("/signin");
		assertThat(browser.text("h1")).isEqualTo("Sign in to Mosaik");
		browser.assertAccessible();
		browser.open("/signin?error&lang=de");
		assertThat(browser.text(".alert")).isEqualTo("Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es noch einmal.");
		browser.assertAccessible();

		browser.open("/signin").click("#sign-in");
		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.text("h1")).isEqualTo("Anmeldung bei Mosaik");
	}

	@Test
	void theSignInFormListsTheDemoAccountsAndRefusesAWrongPassword() {
		browser.signOut().open("/app?lang=de");
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.title()).isEqualTo("Anmeldung – Mosaik");
		assertThat(browser.texts("table tbody th")).containsExactly("operator", "coordinator", "officer", "counsellor",
				"viewer");
		assertThat(browser.text("main")).contains("„demo“");
		browser.assertAccessible();

		browser.type("#username", "coordinator").type("#password", "falsch").click("#login-submit");
		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.text("#login-error")).isEqualTo("Benutzername oder Passwort ist falsch.");
		assertThat(browser.attribute("#password", "aria-invalid")).isEqualTo("true");
		browser.assertAccessible();

		browser.open("/login?error&lang=en");
		assertThat(browser.text("#login-error")).isEqualTo("User name or password is wrong.");
		browser.assertAccessible();
		browser.open("/login?lang=de");
		browser.type("#username", "coordinator").type("#password", "demo").click("#login-submit");
		assertThat(browser.pathOnly()).isEqualTo("/app");
	}

	@Test
	void somebodyWithoutACouncilIsToldWhy() {
		browser.signInAs("counsellor");
		assertThat(browser.pathOnly()).isEqualTo("/app");
		assertThat(browser.text("h1")).isEqualTo("Noch kein Zugang");
		assertThat(browser.text("#no-tenant")).contains("Ihr Konto ist noch keiner Kommune zugeordnet.");
		assertThat(browser.text(".user")).contains("Bea Beratung");
		browser.assertAccessible();
		browser.open("/app?lang=en");
		assertThat(browser.text("h1")).isEqualTo("No access yet");
		browser.assertAccessible();
	}

	@Test
	void somebodyWithTwoCouncilsChoosesOneAndSwitchesToTheOther() {
		browser.signInAs("coordinator");
		assertThat(browser.pathOnly()).isEqualTo("/app");
		assertThat(browser.text("h1")).isEqualTo("Wählen Sie eine Kommune");
		assertThat(browser.texts("#tenant-list h2")).containsExactly("Wittmund", "Wittmund, Stadt");
		assertThat(browser.texts("#tenant-list .tag")).containsExactly("Integrationskoordination (Landkreis)",
				"Lesezugriff");
		browser.assertAccessible();
		browser.screenshot("choose");

		browser.clickText("Wittmund");
		assertThat(browser.path()).isEqualTo("/app/" + COUNTY);
		assertThat(browser.text("#council-kind")).isEqualTo("Landkreis");
		assertThat(browser.text("#council-roles")).isEqualTo("Integrationskoordination (Landkreis)");
		assertThat(browser.find("#tenant-switch option:checked").getText()).isEqualTo("Wittmund");
		browser.assertAccessible();

		browser.select("#tenant-switch", "Wittmund, Stadt").click(".tenant-switch button");
		assertThat(browser.path()).isEqualTo("/app/" + TOWN);
		assertThat(browser.text("h1")).isEqualTo("Wittmund, Stadt");
		assertThat(browser.text("#council-roles")).isEqualTo("Lesezugriff");
		assertThat(browser.find("#tenant-switch option:checked").getText()).isEqualTo("Wittmund, Stadt");

		browser.open("/app/" + COUNTY + "?lang=en");
		assertThat(browser.text("#council-kind")).isEqualTo("County");
		assertThat(browser.text("label[for=tenant-switch]")).isEqualTo("Council");
		browser.assertAccessible();
		browser.open("/app?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Choose a council");
		browser.open("/?lang=de");
		assertThat(browser.path()).as("signed in, the start page is the application").isEqualTo("/app");
		browser.assertAccessible();
	}

	@Test
	void signingOutEndsTheSession() {
		browser.signInAs("coordinator");
		browser.click(".logout button");
		assertThat(browser.path()).isIn("/", "/?lang=de");
		assertThat(browser.text("#sign-in")).isEqualTo("Anmelden");
		browser.open("/app");
		assertThat(browser.path()).as("a new sign-in is needed").isEqualTo("/login");
	}

	@Test
	void anUnexpectedErrorShowsAnErrorPageWithoutInternals() {
		browser.signInAs("coordinator").open(FailingPageForTests.PATH);
		assertThat(browser.text("h1")).isEqualTo("Ein Fehler ist aufgetreten");
		assertThat(browser.title()).isEqualTo("Ein Fehler ist aufgetreten – Mosaik");
		assertThat(browser.driver().getPageSource()).doesNotContain(FailingPageForTests.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("at de.mosaik");
		browser.assertAccessible();
		browser.open(FailingPageForTests.PATH + "?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Something went wrong");
		browser.assertAccessible();

		browser.open("/gibt-es-nicht?lang=de");
		assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");
		browser.assertAccessible();
	}
}

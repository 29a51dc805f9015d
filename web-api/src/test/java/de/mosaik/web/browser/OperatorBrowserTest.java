package de.mosaik.web.browser;

import java.time.Duration;
import java.time.OffsetDateTime;

import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's pages in a real browser. This class's councils: Landkreis Vechta (03460) with Bakum
 * (03460001) and Damme (03460002) for the list; Emden (03402000) onboarded alone; Landkreis
 * Cloppenburg (03453) onboarded with its 13 members.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorBrowserTest extends IntegrationTest {

	static final String SOURCE = "Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Stand 30.11.2025, dl-de/by-2-0";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Tenants tenants;

	@Autowired
	TransactionTemplate tx;

	Browser browser;

	@BeforeAll
	void start() {
		browser = Browser.start();
		fixtures.council("03460001");
		fixtures.council("03460002");
		fixtures.grant("operator", null, Role.PLATFORM_OPERATOR);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theOperatorLandsOnTheCouncilListAndSearchesAndFiltersIt() {
		browser.signInAs("operator");
		assertThat(browser.path()).isEqualTo("/app/platform/councils");
		assertThat(browser.text("h1")).isEqualTo("Kommunen");
		assertThat(browser.text("footer")).contains(SOURCE);
		browser.assertAccessible();

		browser.type("#q", "03460").click("#apply-filters");
		assertThat(browser.texts("#councils tbody th")).containsExactly("Bakum", "Damme, Stadt", "Vechta");
		browser.select("#kind", "Stadt/Gemeinde (kreisangehörig)").click("#apply-filters");
		assertThat(browser.texts("#councils tbody th")).containsExactly("Bakum", "Damme, Stadt");
		assertThat(browser.find("#kind option:checked").getText()).isEqualTo("Stadt/Gemeinde (kreisangehörig)");
		browser.click("#councils thead th:nth-child(2) a");
		assertThat(browser.texts("#councils tbody th")).as("by name, downwards, filters kept")
			.containsExactly("Damme, Stadt", "Bakum");
		browser.click("#councils thead th:nth-child(1) a");
		assertThat(browser.texts("#councils tbody td:first-child")).containsExactly("03460001", "03460002");
		browser.assertAccessible();

		browser.type("#q", "vechta").select("#kind", "Alle").select("#status", "Aktiv").click("#apply-filters");
		assertThat(browser.texts("#councils tbody th")).containsExactly("Vechta");
		browser.select("#migrationState", "Fehlgeschlagen").click("#apply-filters");
		assertThat(browser.text("#councils-empty")).isEqualTo("Keine Kommune passt zu Suche und Filtern.");
		browser.assertAccessible();

		browser.open("/app/platform/councils?q=03460&lang=en");
		assertThat(browser.text("h1")).isEqualTo("Councils");
		assertThat(browser.text("footer")).contains("Source: Federal Statistical Office of Germany (Destatis)");
		browser.assertAccessible();
		browser.open("/app/platform/councils?lang=de");
	}

	@Test
	void onboardingAnUnknownKeyIsRefusedNextToTheField() {
		browser.signInAs("operator").open("/app/platform/onboarding");
		assertThat(browser.title()).isEqualTo("Kommune aufnehmen – Mosaik");
		assertThat(browser.find("#scope-single").isSelected()).isTrue();
		browser.assertAccessible();

		browser.click("#onboard");
		assertThat(browser.text("#ags-error")).isEqualTo("Bitte geben Sie einen amtlichen Schlüssel an.");

		browser.type("#ags", "09999999").click("#onboard");
		assertThat(browser.text("#ags-error")).isEqualTo("Der Schlüssel 09999999 steht nicht im amtlichen Gemeindeverzeichnis.");
		assertThat(browser.attribute("#ags", "aria-invalid")).isEqualTo("true");
		assertThat(browser.attribute("#ags", "aria-describedby")).isEqualTo("ags-hint ags-error");
		assertThat(browser.attribute("#ags", "value")).isEqualTo("09999999");
		browser.assertAccessible();

		browser.type("#ags", "03460001").tick("#scope-county").click("#onboard");
		assertThat(browser.text("#ags-error")).contains("gehört zu keinem Landkreis");
		assertThat(browser.find("#scope-county").isSelected()).as("the choice is kept").isTrue();

		browser.open("/app/platform/onboarding?lang=en");
		browser.type("#ags", "03460").click("#onboard");
		assertThat(browser.text("#ags-error")).isEqualTo("03460 is already onboarded.");
		browser.assertAccessible();
		browser.open("/app/platform/onboarding?lang=de");
	}

	@Test
	void theOperatorOnboardsOneCouncil() {
		browser.signInAs("operator").open("/app/platform/onboarding");
		browser.type("#ags", "03402000").click("#onboard");
		assertThat(browser.path()).isEqualTo("/app/platform/onboarding");
		assertThat(browser.text("#onboarding-result")).isEqualTo("Emden, Stadt (03402000, Kreisfreie Stadt) ist aufgenommen und bereit.");
		browser.assertAccessible();
		browser.open("/app/platform/councils?q=03402000");
		assertThat(browser.texts("#councils tbody th")).containsExactly("Emden, Stadt");
		assertThat(browser.texts("#councils tbody td")).contains("Kreisfreie Stadt", "Aktiv", "Aktuell");
	}

	@Test
	void theOperatorOnboardsACountyAndWatchesTheProgressBarFillUp() {
		browser.signInAs("operator").open("/app/platform/onboarding");
		browser.type("#ags", "03453").tick("#scope-county").click("#onboard");
		assertThat(browser.path()).matches("/app/platform/onboarding/jobs/[-0-9a-f]{36}");
		String jobPage = browser.path();
		assertThat(browser.text("h1")).isEqualTo("Kreisweite Aufnahme: Cloppenburg");
		assertThat(browser.attribute("#job-bar", "max")).isEqualTo("100");
		assertThat(browser.text("label[for=job-bar]")).isEqualTo("Fortschritt");
		assertThat(browser.text("#reload")).isEqualTo("Stand neu laden");
		browser.assertAccessible();

		// htmx asks for the progress every second; the page itself is not reloaded
		browser.script("document.documentElement.dataset.marker = 'same page'");
		browser.waitUntil(Duration.ofSeconds(120),
				d -> "true".equals(browser.attribute("#job-progress", "data-finished")));
		assertThat(browser.path()).isEqualTo(jobPage);
		assertThat(browser.script("return document.documentElement.dataset.marker")).isEqualTo("same page");
		assertThat(browser.attribute("#job-bar", "value")).isEqualTo("100");
		assertThat(browser.text("#job-figures")).isEqualTo("14 von 14 aufgenommen, 0 fehlgeschlagen (100 %)");
		assertThat(browser.text("#job-status")).isEqualTo("Abgeschlossen");
		assertThat(browser.attribute("#job-progress", "hx-trigger")).as("polling stops").isNull();
		browser.assertAccessible();
		browser.screenshot("county-onboarding");

		browser.open(jobPage + "?lang=en");
		assertThat(browser.text("#job-figures")).isEqualTo("14 of 14 onboarded, 0 failed (100 %)");
		browser.assertAccessible();
		browser.open("/app/platform/councils?lang=de&q=03453");
		assertThat(browser.text("#councils caption")).contains("(14 Einträge)");
		browser.open("/app/platform/onboarding");
		assertThat(browser.texts("#jobs tbody th")).contains("03453");
	}

	@Test
	void theMigrationsPageShowsCountsAndFailuresAndStartsARunAfterConfirmation() {
		// Damme's last migration failed (as if); the page lists it with the error
		tx.executeWithoutResult(s -> tenants.findByAgs("03460002")
			.orElseThrow()
			.failed("ERROR: relation \"department\" already exists", OffsetDateTime.now()));
		try {
			browser.signInAs("operator").open("/app/platform/migrations");
			assertThat(browser.text("h1")).isEqualTo("Migrationen");
			assertThat(browser.text(".lead")).startsWith("Zielversion des Mandanten-Schemas: ");
			assertThat(Long.parseLong(browser.text("#count-CURRENT .count"))).isGreaterThanOrEqualTo(2);
			assertThat(browser.text("#count-CURRENT")).contains("Aktuell");
			assertThat(Long.parseLong(browser.text("#count-FAILED .count"))).isGreaterThanOrEqualTo(1);
			assertThat(browser.texts("#failed-tenants tbody tr")).contains(
					"03460002 Damme, Stadt " + tenants.findByAgs("03460002").orElseThrow().getSchemaVersion()
							+ " ERROR: relation \"department\" already exists");
			assertThat(browser.text("footer")).contains(SOURCE);
			browser.assertAccessible();
			browser.screenshot("migrations");

			browser.click("#run-migrations");
			assertThat(browser.text("#confirm-error")).isEqualTo("Bitte bestätigen Sie, dass die Migration jetzt laufen soll.");
			assertThat(browser.attribute("#confirm", "aria-invalid")).isEqualTo("true");
			browser.assertAccessible();

			int runsBefore = browser.all("#runs tbody tr").size();
			browser.tick("#confirm").click("#run-migrations");
			assertThat(browser.text(".flash")).startsWith("Die Migration wurde gestartet.");
			browser.waitUntil(Duration.ofSeconds(60), d -> {
				browser.open("/app/platform/migrations");
				return browser.all("#runs tbody tr").size() > runsBefore && !browser.has("#migration-running");
			});
			assertThat(browser.texts("#runs tbody tr").get(0)).contains("Abgeschlossen").contains("operator@");
			browser.assertAccessible();

			browser.open("/app/platform/migrations?lang=en");
			assertThat(browser.text("h1")).isEqualTo("Migrations");
			assertThat(browser.text("#count-CURRENT")).contains("Current");
			assertThat(browser.text("#failed-tenants caption")).isEqualTo("Tenants whose last migration failed");
			browser.assertAccessible();
			browser.open("/app/platform/migrations?lang=de");
		}
		finally {
			tx.executeWithoutResult(s -> {
				Tenant damme = tenants.findByAgs("03460002").orElseThrow();
				damme.migrated(damme.getSchemaVersion(), OffsetDateTime.now());
			});
		}
	}

	@Test
	void thePlansPageShowsBothPlansAndAnOperatorAllowsSepaDebitForACity() {
		fixtures.council("03403000");
		browser.signInAs("operator").open("/app/platform/councils");
		browser.follow(browser.find("a[href$='/app/platform/plans']"));
		assertThat(browser.text("h1")).isEqualTo("Tarife");
		assertThat(browser.text("#plan-MUNICIPALITY h2")).isEqualTo("Kommunaltarif");
		assertThat(browser.text("#plan-COUNTY_PACKAGE h2")).isEqualTo("Kreispaket (je aktiver Gemeinde)");
		assertThat(browser.text("#plan-MUNICIPALITY-caption")).startsWith("Kommunen in diesem Tarif: ");
		browser.assertAccessible();

		browser.waitUntil(Duration.ofSeconds(30), d -> {
			browser.open("/app/platform/councils/03403000");
			return browser.has("#sepa-form");
		});
		assertThat(browser.text("#sepa-state")).isEqualTo("Rechnungen werden per Überweisung bezahlt.");
		browser.tick("#sepa-debit").click("#sepa-submit");
		assertThat(browser.text(".flash")).isEqualTo("Rechnungen können per Überweisung oder SEPA-Lastschrift bezahlt werden.");
		assertThat(browser.text("#sepa-state")).isEqualTo("Rechnungen können per Überweisung oder SEPA-Lastschrift bezahlt werden.");
		assertThat(browser.find("#sepa-debit").isSelected()).isTrue();
		browser.assertAccessible();

		browser.open("/app/platform/plans?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Plans");
		assertThat(browser.text("#plan-MUNICIPALITY dl")).contains("Trial period");
		browser.assertAccessible();
		browser.open("/app/platform/plans?lang=de");
	}
}

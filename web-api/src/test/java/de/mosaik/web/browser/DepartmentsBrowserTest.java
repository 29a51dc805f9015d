package de.mosaik.web.browser;

import java.util.List;

import de.mosaik.core.department.DepartmentData;
import de.mosaik.core.department.DepartmentService;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's and the viewer's departments pages in a real browser. This class's councils:
 * Landkreis Wesermarsch (03461) with Brake (03461002), where officer and viewer work, and Nordenham
 * (03461007), where they have no role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentsBrowserTest extends IntegrationTest {

	static final String BRAKE = "03461002";

	static final String NORDENHAM = "03461007";

	static final String DEPARTMENTS = "/app/" + BRAKE + "/departments";

	@Autowired
	Fixtures fixtures;

	@Autowired
	DepartmentService departments;

	@Autowired
	CurrentTenant currentTenant;

	Browser browser;

	@BeforeAll
	void start() {
		browser = Browser.start();
		fixtures.council(BRAKE);
		fixtures.council(NORDENHAM);
		fixtures.grant("officer", BRAKE, Role.MUNICIPAL_OFFICER);
		fixtures.grant("viewer", BRAKE, Role.VIEWER);
		// enough departments for two pages of 20
		currentTenant.runAs(new TenantKey(BRAKE), () -> {
			for (int i = 1; i <= 20; i++) {
				departments.create(new DepartmentData(String.format("Abteilung %02d", i), "A" + i, null));
			}
		});
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void officerSignsInAndLandsOnTheHomeOfTheirCouncil() {
		browser.signInAs("officer");
		assertThat(browser.path()).isEqualTo("/app/" + BRAKE);
		assertThat(browser.text("h1")).isEqualTo("Brake (Unterweser), Stadt");
		assertThat(browser.title()).isEqualTo("Brake (Unterweser), Stadt – Mosaik");
		assertThat(browser.text("#council-roles")).isEqualTo("Integrationsbeauftragte/r");
		assertThat(browser.text(".user")).contains("Ina Integration");
		assertThat(browser.has("#tenant-switch")).as("one council: no switcher").isFalse();
		assertThat(browser.lang()).isEqualTo("de");
		browser.assertAccessible();
		browser.screenshot("tenant-home");
	}

	@Test
	void aLinkIntoTheApplicationLeadsThroughTheSignInToThatPage() {
		browser.signOut().open(DEPARTMENTS + "?q=Abteilung%2001");
		assertThat(browser.path()).isEqualTo("/login");
		browser.type("#username", "officer").type("#password", "demo").click("#login-submit");
		assertThat(browser.path()).startsWith(DEPARTMENTS + "?q=Abteilung%2001");
		assertThat(browser.texts("#departments tbody th")).containsExactly("Abteilung 01");
		browser.open("/");
		assertThat(browser.path()).as("signed in, the start page is the application").isEqualTo("/app/" + BRAKE);
	}

	@Test
	void officerCreatesEditsAndDeletesADepartment() {
		browser.signInAs("officer").open(DEPARTMENTS);
		assertThat(browser.text("h1")).isEqualTo("Fachbereiche");
		assertThat(browser.texts("#departments tbody th")).contains("Abteilung 01");
		browser.assertAccessible();

		browser.click("#new-department");
		assertThat(browser.path()).isEqualTo(DEPARTMENTS + "/new");
		assertThat(browser.title()).isEqualTo("Neuer Fachbereich – Mosaik");
		browser.assertAccessible();

		// invalid: the messages stand next to the fields, which point to them
		browser.type("#name", " ").type("#contactEmail", "keine-adresse").click("#save");
		assertThat(browser.text("#error-summary")).isEqualTo("Bitte korrigieren Sie die markierten Angaben.");
		assertThat(browser.text("#name-error")).isEqualTo("Bitte geben Sie einen Namen an.");
		assertThat(browser.attribute("#name", "aria-invalid")).isEqualTo("true");
		assertThat(browser.attribute("#name", "aria-describedby")).isEqualTo("name-error");
		assertThat(browser.text("#contactEmail-error")).isEqualTo("Bitte geben Sie eine gültige E-Mail-Adresse an.");
		assertThat(browser.attribute("#contactEmail", "value")).isEqualTo("keine-adresse");
		assertThat(browser.has("#shortName-error")).isFalse();
		browser.assertAccessible();
		browser.screenshot("department-form-errors");

		browser.type("#name", "Integrationsbüro").type("#shortName", "IB").type("#contactEmail", "integration@brake.example")
			.click("#save");
		assertThat(browser.path()).isEqualTo(DEPARTMENTS);
		assertThat(browser.text(".flash")).isEqualTo("Der Fachbereich „Integrationsbüro“ wurde angelegt.");
		browser.assertAccessible();
		browser.type("#q", "büro").click(".filters button");
		assertThat(browser.texts("#departments tbody th")).containsExactly("Integrationsbüro");

		browser.follow(browser.find("#departments").findElement(org.openqa.selenium.By.xpath(
				".//tr[th[normalize-space()='Integrationsbüro']]//a[contains(@href, '/departments/')]")));
		assertThat(browser.text("h1")).isEqualTo("Fachbereich bearbeiten");
		assertThat(browser.attribute("#name", "value")).isEqualTo("Integrationsbüro");
		assertThat(browser.attribute("input[name=version]", "value")).isEqualTo("0");
		browser.assertAccessible();
		browser.type("#shortName", "IBÜ").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Der Fachbereich „Integrationsbüro“ wurde gespeichert.");
		browser.type("#q", "Integrationsbüro").click(".filters button");
		assertThat(browser.texts("#departments tbody td")).contains("IBÜ", "integration@brake.example");

		browser.follow(browser.find("#departments").findElement(org.openqa.selenium.By.xpath(
				".//tr[th[normalize-space()='Integrationsbüro']]//a[contains(@href, '/departments/')]")));
		browser.click("#delete");
		assertThat(browser.path()).matches(".*/departments/[-0-9a-f]+/delete\\??");
		assertThat(browser.text("h1")).isEqualTo("Fachbereich löschen");
		assertThat(browser.text("#delete-question")).isEqualTo("Möchten Sie den Fachbereich „Integrationsbüro“ wirklich löschen?");
		browser.assertAccessible();
		browser.click("#confirm-delete");
		assertThat(browser.path()).isEqualTo(DEPARTMENTS);
		assertThat(browser.text(".flash")).isEqualTo("Der Fachbereich „Integrationsbüro“ wurde gelöscht.");
		browser.type("#q", "büro").click(".filters button");
		assertThat(browser.has("#departments")).isFalse();
		assertThat(browser.text("#departments-empty")).isEqualTo("Keine Fachbereiche zu „büro“ gefunden.");
	}

	@Test
	void aNameTakenAlreadyIsRefusedNextToTheField() {
		browser.signInAs("officer").open(DEPARTMENTS + "/new");
		browser.type("#name", "sozialamt").click("#save");
		assertThat(browser.path()).isEqualTo(DEPARTMENTS);
		assertThat(browser.text("#name-error")).isEqualTo("Es gibt bereits einen Fachbereich mit diesem Namen.");
		assertThat(browser.attribute("#name", "aria-invalid")).isEqualTo("true");
	}

	@Test
	void whoSavesAnOutdatedVersionIsToldToReload() {
		String id = currentTenant.callAs(new TenantKey(BRAKE),
				() -> departments.create(new DepartmentData("Stabsstelle Integration", "SI", null)).getId().toString());
		browser.signInAs("officer").open(DEPARTMENTS + "/" + id);
		String first = browser.driver().getWindowHandle();
		// a colleague (same person, second tab) saves first
		browser.driver().switchTo().newWindow(WindowType.TAB);
		browser.open(DEPARTMENTS + "/" + id).type("#shortName", "SI-2").click("#save");
		assertThat(browser.text(".flash")).contains("wurde gespeichert");
		browser.driver().close();
		browser.driver().switchTo().window(first);

		browser.type("#name", "Stabsstelle Migration").click("#save");
		assertThat(browser.text("#form-alert")).contains(
				"Der Fachbereich wurde inzwischen von jemand anderem geändert. Laden Sie den aktuellen Stand neu");
		assertThat(browser.attribute("#name", "value")).as("what was entered stays").isEqualTo("Stabsstelle Migration");
		browser.assertAccessible();
		browser.click("#reload");
		assertThat(browser.attribute("#name", "value")).isEqualTo("Stabsstelle Integration");
		assertThat(browser.attribute("#shortName", "value")).isEqualTo("SI-2");
		assertThat(browser.attribute("input[name=version]", "value")).isEqualTo("1");

		// deleting an outdated version is refused the same way
		browser.open(DEPARTMENTS + "/" + id + "/delete");
		currentTenant.runAs(new TenantKey(BRAKE), () -> departments.update(java.util.UUID.fromString(id), 1,
				new DepartmentData("Stabsstelle Integration", "SI-3", null)));
		browser.click("#confirm-delete");
		assertThat(browser.text("#form-alert")).contains("inzwischen von jemand anderem geändert");
		browser.assertAccessible();
		browser.click("#confirm-delete");
		assertThat(browser.text(".flash")).isEqualTo("Der Fachbereich „Stabsstelle Integration“ wurde gelöscht.");
	}

	@Test
	void theListSearchesSortsAndPages() {
		browser.signInAs("officer").open(DEPARTMENTS);
		assertThat(browser.all("#departments tbody tr")).hasSize(20);
		assertThat(browser.text(".pagination p")).isEqualTo("Seite 1 von 2");
		assertThat(browser.attribute("#departments thead th:first-child", "aria-sort")).isEqualTo("ascending");
		assertThat(browser.texts("#departments tbody th").get(0)).isEqualTo("Abteilung 01");
		browser.clickText("Nächste Seite");
		assertThat(browser.text(".pagination p")).isEqualTo("Seite 2 von 2");
		assertThat(browser.texts("#departments tbody th")).contains("Sozialamt");
		browser.assertAccessible();

		// name, downwards: the link of the column sorted upwards turns it round
		browser.click("#departments thead th:first-child a");
		assertThat(browser.attribute("#departments thead th:first-child", "aria-sort")).isEqualTo("descending");
		List<String> names = browser.texts("#departments tbody th");
		assertThat(names).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
		assertThat(browser.text(".pagination p")).as("sorting starts again at page 1").isEqualTo("Seite 1 von 2");

		browser.click("#departments thead th:nth-child(2) a");
		assertThat(browser.attribute("#departments thead th:nth-child(2)", "aria-sort")).isEqualTo("ascending");
		assertThat(browser.attribute("#departments thead th:first-child", "aria-sort")).isNull();

		browser.type("#q", "abteilung 1").click(".filters button");
		assertThat(browser.texts("#departments tbody th")).hasSize(10).allMatch(n -> n.startsWith("Abteilung 1"));
		assertThat(browser.has(".pagination")).isFalse();
		assertThat(browser.attribute("#q", "value")).isEqualTo("abteilung 1");

		browser.open(DEPARTMENTS + "?page=99");
		assertThat(browser.text(".pagination p")).as("past the end: the last page").isEqualTo("Seite 2 von 2");

		browser.type("#q", "Gibt es nicht").click(".filters button");
		assertThat(browser.text("#departments-empty")).isEqualTo("Keine Fachbereiche zu „Gibt es nicht“ gefunden.");
		browser.assertAccessible();
	}

	@Test
	void aViewerReadsButCannotChangeAnything() {
		browser.signInAs("viewer");
		assertThat(browser.path()).isEqualTo("/app/" + BRAKE);
		assertThat(browser.text("#council-roles")).isEqualTo("Lesezugriff");
		browser.open(DEPARTMENTS);
		assertThat(browser.texts("#departments tbody th")).contains("Abteilung 01");
		assertThat(browser.has("#new-department")).isFalse();
		assertThat(browser.all("#departments thead th")).as("no action column").hasSize(3);
		assertThat(browser.all("#departments a[href*='/departments/']")).isEmpty();
		browser.assertAccessible();

		browser.open(DEPARTMENTS + "/new");
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");
		assertThat(browser.title()).isEqualTo("Keine Berechtigung – Mosaik");
		browser.assertAccessible();
		String hauptamt = currentTenant.callAs(new TenantKey(BRAKE),
				() -> departments.list("Hauptamt", org.springframework.data.domain.Pageable.unpaged()).getContent().get(0).getId().toString());
		browser.open(DEPARTMENTS + "/" + hauptamt);
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");
		browser.open(DEPARTMENTS + "/" + hauptamt + "/delete");
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");

		// a form posted anyway (with a valid CSRF token) is refused and stores nothing
		browser.open(DEPARTMENTS);
		browser.script("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0];
				for (const [name, value] of [['name', 'Amt des Beirats'], ['_csrf', document.querySelector('input[name=_csrf]').value]]) {
				  const input = document.createElement('input');
				  input.type = 'hidden'; input.name = name; input.value = value;
				  form.appendChild(input);
				}
				document.body.appendChild(form);
				form.submit();
				""", DEPARTMENTS);
		browser.waitUntil(d -> d.getTitle().startsWith("Keine Berechtigung"));
		assertThat(browser.text("#error-text")).isEqualTo("Ihre Rolle erlaubt diese Aktion nicht.");
		assertThat(currentTenant.callAs(new TenantKey(BRAKE),
				() -> departments.list("Amt des Beirats", org.springframework.data.domain.Pageable.unpaged()).getTotalElements()))
			.isZero();
	}

	@Test
	void anotherCouncilIsNotFoundAndOperatorPagesAreForbidden() {
		browser.signInAs("officer").open("/app/" + NORDENHAM);
		assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");
		assertThat(browser.title()).isEqualTo("Seite nicht gefunden – Mosaik");
		assertThat(browser.text(".user")).as("still signed in").contains("Ina Integration");
		browser.assertAccessible();
		browser.open("/app/" + NORDENHAM + "/departments");
		assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");
		browser.open(DEPARTMENTS + "/00000000-0000-0000-0000-000000000000");
		assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");

		browser.open("/app/platform/councils");
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");
		browser.assertAccessible();

		browser.open("/app/" + NORDENHAM + "?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Page not found");
		assertThat(browser.lang()).isEqualTo("en");
		browser.assertAccessible();
		browser.open("/app/platform/councils");
		assertThat(browser.text("h1")).isEqualTo("Not allowed");
		browser.assertAccessible();
	}

	@Test
	void theOfficerWorksInEnglishAfterSwitchingTheLanguage() {
		browser.signInAs("officer");
		browser.click(".lang-switch a[lang=en]");
		assertThat(browser.lang()).isEqualTo("en");
		assertThat(browser.text("#council-roles")).isEqualTo("Integration officer");
		assertThat(browser.text(".logout button")).isEqualTo("Sign out");
		browser.assertAccessible();

		browser.open(DEPARTMENTS);
		assertThat(browser.text("h1")).as("the choice is kept").isEqualTo("Departments");
		assertThat(browser.title()).isEqualTo("Departments – Mosaik");
		browser.assertAccessible();
		browser.click("#new-department").type("#name", "").click("#save");
		assertThat(browser.text("#name-error")).isEqualTo("Please enter a name.");
		browser.assertAccessible();
		String someId = browser.open(DEPARTMENTS + "?q=Hauptamt").attribute("#departments tbody a", "href");
		browser.driver().get(someId);
		assertThat(browser.text("h1")).isEqualTo("Edit department");
		browser.assertAccessible();
		browser.click("#delete");
		assertThat(browser.text("h1")).isEqualTo("Delete department");
		browser.assertAccessible();

		browser.click(".lang-switch a[lang=de]");
		assertThat(browser.text("h1")).isEqualTo("Fachbereich löschen");
		assertThat(browser.lang()).isEqualTo("de");
	}
}

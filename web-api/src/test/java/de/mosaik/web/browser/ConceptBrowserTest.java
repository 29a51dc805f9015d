package de.mosaik.web.browser;

import java.math.BigDecimal;
import java.util.Map;

import de.mosaik.core.concept.ConceptData;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.FieldOfActionService;
import de.mosaik.core.concept.GoalData;
import de.mosaik.core.concept.GoalService;
import de.mosaik.core.concept.MassnahmeData;
import de.mosaik.core.concept.MassnahmeService;
import de.mosaik.core.concept.MassnahmeStatus;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.UserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration concept in a real browser, with the axe check on every page. This class's council:
 * Landkreis Neumarkt i.d.OPf. (09373) with Berching (09373112). Its people are accounts of their own at
 * the built-in issuer ({@code konzept}, {@code beirat}), so that the demo accounts keep their councils.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConceptBrowserTest extends IntegrationTest {

	static final String BERCHING = "09373112";

	static final String APP = "/app/" + BERCHING;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	CurrentTenant currentTenant;

	@Autowired
	ConceptService concepts;

	@Autowired
	GoalService goals;

	@Autowired
	FieldOfActionService fields;

	@Autowired
	MassnahmeService massnahmen;

	@Autowired
	JwtEncoder encoder;

	Browser browser;

	@BeforeAll
	void start() {
		browser = Browser.start();
		fixtures.council(BERCHING);
		UserDetailsManager manager = (UserDetailsManager) users;
		for (String name : new String[] { "konzept", "beirat" }) {
			if (!manager.userExists(name)) {
				manager.createUser(User.withUsername(name).password("{noop}demo").roles("USER").build());
			}
		}
		fixtures.grant("konzept", BERCHING, Role.MUNICIPAL_OFFICER);
		fixtures.grant("beirat", BERCHING, Role.VIEWER);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theOfficerWritesAConceptWithAGoalAMeasureAndAMilestoneAndAdoptsIt() {
		browser.signInAs("konzept").open(APP + "/concepts?q=Stadtentwicklung");
		assertThat(browser.text("h1")).isEqualTo("Integrationskonzept");
		assertThat(browser.text("#concepts-empty")).isEqualTo("Keine Fassung zu „Stadtentwicklung“ gefunden.");
		browser.assertAccessible();

		browser.click("#new-concept");
		assertThat(browser.title()).isEqualTo("Neue Fassung – Mosaik");
		browser.assertAccessible();
		browser.type("#title", " ").click("#save");
		assertThat(browser.text("#title-error")).isEqualTo("Bitte geben Sie einen Titel an.");
		assertThat(browser.attribute("#title", "aria-invalid")).isEqualTo("true");
		browser.assertAccessible();
		browser.type("#title", "Integrationskonzept Berching 2026").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Die Fassung „Integrationskonzept Berching 2026“ wurde angelegt.");
		assertThat(browser.text("#concept-status")).isEqualTo("Entwurf");
		assertThat(browser.text("#goals-empty")).isEqualTo("Diese Fassung hat noch keine Ziele.");
		browser.assertAccessible();
		String conceptPage = browser.path();

		browser.click("#new-goal");
		assertThat(browser.text("h1")).isEqualTo("Neues Ziel");
		browser.assertAccessible();
		browser.click("#save");
		assertThat(browser.text("#fieldOfActionId-error")).isEqualTo("Bitte wählen Sie ein Handlungsfeld.");
		assertThat(browser.text("#title-error")).isEqualTo("Bitte geben Sie einen Titel an.");
		browser.assertAccessible();
		browser.select("#fieldOfActionId", "Sprache").type("#title", "Mehr Sprachkurse").type("#targetValue", "12")
			.type("#targetUnit", "Kurse").type("#targetYear", "2028").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Das Ziel „Mehr Sprachkurse“ wurde angelegt.");
		assertThat(browser.text("#goal-field")).isEqualTo("Sprache");
		assertThat(browser.text("#goal-target")).isEqualTo("12 Kurse (2028)");
		assertThat(browser.text("#measures-empty")).isEqualTo("Dieses Ziel hat noch keine Maßnahmen.");
		browser.assertAccessible();

		browser.click("#new-measure");
		assertThat(browser.text("h1")).isEqualTo("Neue Maßnahme");
		browser.assertAccessible();
		browser.type("#title", "Sprachcafé").select("#status", "Läuft").select("#responsibleDepartmentId", "Sozialamt")
			.type("#partners", "VHS, Caritas");
		date("#startDate", "2026-05-01");
		date("#endDate", "2026-04-01");
		browser.type("#budgetPlanned", "5000").type("#budgetSpent", "-3").click("#save");
		assertThat(browser.text("#budgetSpent-error")).isEqualTo("Der Betrag darf nicht negativ sein.");
		browser.assertAccessible();
		browser.type("#budgetSpent", "1200.50").click("#save");
		assertThat(browser.text("#endDate-error")).isEqualTo("Das Ende darf nicht vor dem Beginn liegen.");
		assertThat(browser.attribute("#title", "value")).as("what was entered stays").isEqualTo("Sprachcafé");
		date("#endDate", "2026-12-31");
		browser.click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Die Maßnahme „Sprachcafé“ wurde angelegt.");
		assertThat(browser.text("#measure-status")).isEqualTo("Läuft");
		assertThat(browser.text("#measure-department")).isEqualTo("Sozialamt");
		assertThat(browser.text("#measure-budget-planned")).isEqualTo("5.000,00 €");
		assertThat(browser.text("#measure-budget-spent")).isEqualTo("1.200,50 €");
		assertThat(browser.text("#milestones-empty")).contains("noch keine Meilensteine");
		browser.assertAccessible();

		browser.click("#add-milestone");
		assertThat(browser.text("#title-error")).isEqualTo("Bitte geben Sie einen Titel an.");
		assertThat(browser.text("#dueDate-error")).isEqualTo("Bitte geben Sie ein Fälligkeitsdatum an.");
		browser.assertAccessible();
		browser.type("#title", "Raum gefunden");
		date("#dueDate", "2026-04-15");
		browser.click("#add-milestone");
		assertThat(browser.text(".flash")).isEqualTo("Der Meilenstein „Raum gefunden“ wurde hinzugefügt.");
		assertThat(browser.texts("#milestone-list tbody th")).containsExactly("Raum gefunden");
		browser.assertAccessible();
		browser.click("#milestone-list button");
		assertThat(browser.text(".flash")).isEqualTo("Der Meilenstein „Raum gefunden“ ist erledigt.");
		assertThat(browser.text("#milestone-list tbody td .tag")).isEqualTo("erledigt");
		String measurePage = browser.path().replaceAll("#.*$", "");

		// a task for the measure, due yesterday: overdue on the council's home page
		assertThat(browser.text("#tasks-empty")).isEqualTo("Diese Maßnahme hat noch keine Aufgaben.");
		browser.click("#new-task");
		assertThat(browser.text("#task-measure")).isEqualTo("Maßnahme: Sprachcafé");
		assertThat(browser.attribute("#owner", "value")).as("the person is the owner by default").isEqualTo("konzept");
		browser.assertAccessible();
		browser.click("#save");
		assertThat(browser.text("#title-error")).isEqualTo("Bitte geben Sie an, was zu tun ist.");
		browser.assertAccessible();
		browser.type("#title", "Honorarverträge vorbereiten");
		date("#dueDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(1).toString());
		browser.click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Die Aufgabe „Honorarverträge vorbereiten“ wurde angelegt.");
		assertThat(browser.texts("#measure-tasks tbody th")).containsExactly("Honorarverträge vorbereiten");
		assertThat(browser.text("#measure-tasks tbody .tag")).isEqualTo("überfällig");
		browser.assertAccessible();

		browser.open(APP);
		assertThat(browser.texts("#overdue-tasks tbody th")).containsExactly("Honorarverträge vorbereiten");
		assertThat(browser.text("#overdue-tasks tbody .tag")).isEqualTo("überfällig");
		browser.assertAccessible();
		browser.clickText("Aufgaben");
		assertThat(browser.text("h1")).isEqualTo("Aufgaben");
		assertThat(browser.texts("#tasks tbody th")).as("my open tasks").containsExactly("Honorarverträge vorbereiten");
		browser.assertAccessible();
		browser.select("#state", "Erledigt").click(".filters button");
		assertThat(browser.text("#tasks-empty")).isEqualTo("Keine Aufgaben für diese Auswahl.");
		browser.assertAccessible();
		browser.open(measurePage);

		// the evaluation: a short assessment, target and actual of a period
		assertThat(browser.text("#values-empty")).isEqualTo("Noch keine Werte erfasst.");
		browser.type("#assessment", "Gut angenommen, vor allem von Frauen.").click("#save-assessment");
		assertThat(browser.text(".flash")).isEqualTo("Die Bewertung wurde gespeichert.");
		assertThat(browser.attribute("#assessment", "value")).isEqualTo("Gut angenommen, vor allem von Frauen.");
		browser.type("#period", "Sommer").type("#target", "40").click("#add-value");
		assertThat(browser.text("#period-error")).startsWith("Der Zeitraum ist ein Jahr (2025)");
		assertThat(browser.attribute("#period", "aria-invalid")).isEqualTo("true");
		browser.assertAccessible();
		browser.type("#period", "2026-Q2").type("#target", "40").type("#actual", "35").click("#add-value");
		assertThat(browser.text(".flash")).isEqualTo("Die Werte für 2026-Q2 wurden hinzugefügt.");
		assertThat(browser.texts("#values tbody td")).startsWith("40,00", "35,00");
		browser.assertAccessible();
		browser.screenshot("measure");

		browser.open(conceptPage);
		assertThat(browser.texts("main section h3")).contains("Sprache");
		assertThat(browser.text("main section li")).isEqualTo("Mehr Sprachkurse (Ziel: 12 Kurse 2028)");
		// the roll-up shows the measure's status and budget, for the field of action and the version
		assertThat(browser.texts("#field-rollup-0 .tag")).contains("Läuft: 1", "Geplant: 0");
		assertThat(browser.text("#field-rollup-0 .rollup-planned")).isEqualTo("5.000,00 €");
		assertThat(browser.text("#field-rollup-0 .rollup-spent")).isEqualTo("1.200,50 €");
		assertThat(browser.text("#concept-rollup .rollup-total")).isEqualTo("1");
		browser.assertAccessible();
		browser.clickText("Mehr Sprachkurse");
		assertThat(browser.texts("#goal-rollup .tag")).contains("Läuft: 1");
		assertThat(browser.texts("#measures tbody th")).containsExactly("Sprachcafé");
		browser.assertAccessible();
		browser.open(conceptPage);
		browser.select("#status", "Beschlossen").click("#change-status");
		assertThat(browser.text("#resolutionDate-error")).isEqualTo("Bitte geben Sie das Datum des Ratsbeschlusses an.");
		browser.assertAccessible();
		browser.select("#status", "Beschlossen").type("#resolutionReference", "DS 2026/117");
		date("#resolutionDate", "2026-03-12");
		browser.click("#change-status");
		assertThat(browser.text(".flash")).isEqualTo("Der Status ist jetzt „Beschlossen“.");
		assertThat(browser.text("#concept-resolution")).isEqualTo("12.03.2026, DS 2026/117");
		assertThat(browser.has("#status-form")).as("an adopted version does not move on by hand").isFalse();
		assertThat(browser.has("#delete-concept")).isFalse();
		browser.assertAccessible();
		browser.screenshot("concept-adopted");
	}

	@Test
	void fieldsOfActionAreListedEditedAndDeletedAfterAsking() {
		browser.signInAs("konzept").open(APP + "/fields-of-action");
		assertThat(browser.texts("#fields tbody th")).startsWith("Sprache", "Bildung", "Arbeit und Ausbildung", "Wohnen",
				"Gesundheit", "Teilhabe", "Antidiskriminierung");
		browser.assertAccessible();
		browser.click("#new-field");
		browser.assertAccessible();
		browser.type("#name", "sprache").click("#save");
		assertThat(browser.text("#name-error")).isEqualTo("Es gibt bereits ein Handlungsfeld mit diesem Namen.");
		browser.type("#name", "Kultur").type("#position", "80").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Das Handlungsfeld „Kultur“ wurde angelegt.");
		browser.follow(browser.find("#fields").findElement(org.openqa.selenium.By.xpath(
				".//tr[th[normalize-space()='Kultur']]//a")));
		browser.assertAccessible();
		browser.click("#delete");
		assertThat(browser.text("#delete-question")).isEqualTo("Möchten Sie das Handlungsfeld „Kultur“ wirklich löschen?");
		browser.assertAccessible();
		browser.click("#confirm-delete");
		assertThat(browser.text(".flash")).isEqualTo("Das Handlungsfeld „Kultur“ wurde gelöscht.");

		browser.open(APP + "/fields-of-action?q=gibtsnicht");
		assertThat(browser.text("#fields-empty")).isEqualTo("Keine Handlungsfelder zu „gibtsnicht“ gefunden.");
		browser.open(APP + "/fields-of-action?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Fields of action");
		browser.assertAccessible();
		browser.open(APP + "/concepts");
		assertThat(browser.text("h1")).isEqualTo("Integration concept");
		browser.assertAccessible();
		browser.open(APP + "/concepts?lang=de");
	}

	@Test
	void aTaskIsEditedDoneAndDeletedAfterAsking() {
		browser.signInAs("konzept").open(APP + "/tasks/new");
		browser.type("#title", "Beirat einladen").type("#owner", "konzept").click("#save");
		assertThat(browser.path()).isEqualTo(APP + "/tasks");
		assertThat(browser.texts("#tasks tbody th")).contains("Beirat einladen");
		browser.follow(browser.find("#tasks").findElement(org.openqa.selenium.By.xpath(
				".//tr[th[normalize-space()='Beirat einladen']]//a")));
		assertThat(browser.text("h1")).isEqualTo("Aufgabe bearbeiten");
		browser.assertAccessible();
		browser.type("#title", "Beirat einladen (Juni)").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Die Aufgabe „Beirat einladen (Juni)“ wurde gespeichert.");
		browser.follow(browser.find("#tasks").findElement(org.openqa.selenium.By.xpath(
				".//tr[th[normalize-space()='Beirat einladen (Juni)']]//button")));
		assertThat(browser.text(".flash")).isEqualTo("Die Aufgabe „Beirat einladen (Juni)“ ist erledigt.");
		assertThat(browser.texts("#tasks tbody th")).as("open tasks only").doesNotContain("Beirat einladen (Juni)");
		browser.open(APP + "/tasks?state=done");
		browser.follow(browser.find("#tasks").findElement(org.openqa.selenium.By.xpath(
				".//tr[th[normalize-space()='Beirat einladen (Juni)']]//a")));
		browser.click("#delete");
		assertThat(browser.text("#delete-question")).isEqualTo("Möchten Sie die Aufgabe „Beirat einladen (Juni)“ wirklich löschen?");
		browser.assertAccessible();
		browser.click("#confirm-delete");
		assertThat(browser.text(".flash")).isEqualTo("Die Aufgabe „Beirat einladen (Juni)“ wurde gelöscht.");
		browser.open(APP + "/tasks?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Tasks");
		browser.assertAccessible();
		browser.open(APP + "/tasks?lang=de");
	}

	/** A measure made through the services, as a colleague would have made it: its id. */
	private String measure(String title) {
		return currentTenant.callAs(new TenantKey(BERCHING), () -> {
			var concept = concepts.create(new ConceptData("Konzept " + title, null));
			var goal = goals.create(concept.getId(), new GoalData(fields.all().get(0).getId(), "Ziel " + title, null,
					null, null, null));
			return massnahmen.create(goal.getId(), new MassnahmeData(title, null, null, null, null, null,
					new BigDecimal("100"), null, null, MassnahmeStatus.PLANNED)).getId().toString();
		});
	}

	@Test
	void whoSavesAnOutdatedMeasureIsToldToReload() {
		String id = measure("Nachbarschaftsfest");
		browser.signInAs("konzept").open(APP + "/measures/" + id + "/edit");
		currentTenant.runAs(new TenantKey(BERCHING), () -> massnahmen.update(java.util.UUID.fromString(id), 0,
				new MassnahmeData("Nachbarschaftsfest", null, null, null, null, null, new BigDecimal("150"), null, null,
						MassnahmeStatus.RUNNING)));
		browser.type("#title", "Straßenfest").click("#save");
		assertThat(browser.text("#form-alert")).contains("inzwischen von jemand anderem geändert");
		assertThat(browser.attribute("#title", "value")).as("what was entered stays").isEqualTo("Straßenfest");
		browser.assertAccessible();
		browser.click("#reload");
		assertThat(browser.attribute("#title", "value")).isEqualTo("Nachbarschaftsfest");
		assertThat(browser.attribute("#budgetPlanned", "value")).isEqualTo("150.00");
	}

	@Test
	void aGoalIsMeasuredByIndicatorsAndAMeasureNamesPartnersOfTheNetwork() {
		Api api = Api.as(new Tokens(encoder).forSubject("konzept"));
		String base = "/api/v1/tenants/" + BERCHING;
		String indicator = api.post(base + "/monitoring/indicators", Map.of("code", "BE-KURS", "name", "Kursplätze Berching",
				"unit", "Plätze", "kind", "COUNT", "direction", "HIGHER_IS_BETTER")).json().get("id").asString();
		assertThat(api.post(base + "/monitoring/values", Map.of("indicatorId", indicator, "period", "2024", "value", 40))
			.status()).isEqualTo(201);
		assertThat(api.post(base + "/monitoring/values", Map.of("indicatorId", indicator, "period", "2025", "value", 48))
			.status()).isEqualTo(201);
		String vhs = api.post(base + "/network/organisations", Map.of("name", "VHS Berching", "type", "traeger"))
			.json().get("id").asString();
		String caritas = api.post(base + "/network/organisations", Map.of("name", "Caritas Berching", "type", "traeger"))
			.json().get("id").asString();
		String measure = measure("Kurse ausbauen");
		String goal = api.get(base + "/measures/" + measure).json().get("goalId").asString();

		browser.signInAs("konzept").open(APP + "/goals/" + goal);
		assertThat(browser.text("#goal-indicators-empty")).isEqualTo("Diesem Ziel ist noch kein Indikator zugeordnet.");
		browser.open(APP + "/goals/" + goal + "/edit");
		assertThat(browser.text("#indicator-choices legend")).isEqualTo("Indikatoren aus dem Monitoring");
		browser.tick("input[name='indicatorCodes'][value='BE-KURS']").click("#save");
		assertThat(browser.texts("#goal-indicators tbody td"))
			.containsExactly("BE-KURS – Kursplätze Berching", "48 Plätze (2025)", "40 Plätze (2024)", "besser");
		browser.assertAccessible();

		browser.open(APP + "/measures/" + measure + "/edit");
		browser.select("#responsibleOrganisationId", "VHS Berching")
			.tick("input[name='partnerOrganisationIds'][value='" + caritas + "']");
		browser.assertAccessible();
		browser.click("#save");
		assertThat(browser.text("#measure-responsible-organisation")).isEqualTo("VHS Berching");
		assertThat(browser.text("#measure-partner-organisations")).isEqualTo("Caritas Berching");
		browser.assertAccessible();
		assertThat(api.get(base + "/measures/" + measure).json().get("responsibleOrganisationId").asString()).isEqualTo(vhs);
		browser.open(APP + "/goals/" + goal + "?lang=en");
		assertThat(browser.texts("#goal-indicators tbody td")).contains("better");
		browser.open(APP + "?lang=de");
	}

	@Test
	void aViewerReadsAMeasureWithoutForms() {
		String id = measure("Lesepaten");
		browser.signInAs("beirat").open(APP + "/measures/" + id);
		assertThat(browser.text("h1")).isEqualTo("Lesepaten");
		assertThat(browser.has("#edit-measure")).isFalse();
		assertThat(browser.has("#milestone-form")).isFalse();
		assertThat(browser.has("#value-form")).isFalse();
		assertThat(browser.text("#assessment-text")).isEqualTo("Noch keine Bewertung.");
		browser.assertAccessible();
		browser.open(APP + "/measures/" + id + "/edit");
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");
		browser.open(APP + "/measures/" + id + "?lang=en");
		assertThat(browser.text("#assessment-text")).isEqualTo("No assessment yet.");
		browser.assertAccessible();
		browser.open(APP + "?lang=de");
		assertThat(browser.text("#overdue-heading")).isEqualTo("Überfällige Aufgaben");
		assertThat(browser.has("#overdue-tasks button")).as("a viewer has no task buttons").isFalse();
	}

	@Test
	void aViewerReadsTheConceptButCannotChangeIt() {
		browser.signInAs("beirat").open(APP + "/concepts");
		assertThat(browser.has("#new-concept")).isFalse();
		browser.assertAccessible();
		browser.open(APP + "/concepts/new");
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");
		browser.open(APP + "/fields-of-action");
		assertThat(browser.has("#new-field")).isFalse();
		assertThat(browser.all("#fields thead th")).as("no action column").hasSize(3);
		browser.open(APP + "/tasks?view=all");
		assertThat(browser.has("#new-task")).isFalse();
		browser.assertAccessible();
		browser.open(APP + "/tasks/new");
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");
		browser.open(APP + "/concepts/00000000-0000-0000-0000-000000000000");
		assertThat(browser.text("h1")).isEqualTo("Seite nicht gefunden");
	}

	/** Date fields take what the keyboard types in the browser's locale; set them as the page would. */
	private void date(String css, String iso) {
		browser.script("arguments[0].value = arguments[1];", browser.find(css), iso);
	}
}

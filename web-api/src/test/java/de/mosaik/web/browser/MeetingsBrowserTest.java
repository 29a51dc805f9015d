package de.mosaik.web.browser;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import de.mosaik.core.meeting.BodyData;
import de.mosaik.core.meeting.BodyKind;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.MeetingData;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies and meetings in a real browser, with the axe check on every page: the officer holds a meeting
 * whose task outcome appears in the task list. This class's council: Biebesheim am Rhein (06433001) in
 * Landkreis Groß-Gerau; its people {@code gremium} (officer) and {@code gremium-beirat} (viewer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsBrowserTest extends IntegrationTest {

	static final String BIEBESHEIM = "06433001";

	static final String APP = "/app/" + BIEBESHEIM;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurrentTenant currentTenant;

	@Autowired
	BodyService bodies;

	@Autowired
	MeetingService meetings;

	Browser browser;

	@BeforeAll
	void start() {
		browser = Browser.start();
		fixtures.council(BIEBESHEIM);
		fixtures.grant(fixtures.person("gremium"), BIEBESHEIM, Role.MUNICIPAL_OFFICER);
		fixtures.grant(fixtures.person("gremium-beirat"), BIEBESHEIM, Role.VIEWER);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	private void set(String css, String value) {
		browser.script("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	@Test
	void theOfficerHoldsAMeetingWhoseTaskOutcomeAppearsInTheTaskList() {
		browser.signInAs("gremium").open(APP);
		browser.clickText("Gremien");
		assertThat(browser.text("h1")).isEqualTo("Gremien");
		assertThat(browser.text("#bodies-empty")).startsWith("Noch keine Gremien.");
		browser.assertAccessible();

		browser.click("#new-body").click("#save");
		assertThat(browser.text("#name-error")).isEqualTo("Bitte geben Sie einen Namen an.");
		assertThat(browser.text("#kind-error")).isEqualTo("Bitte wählen Sie die Art des Gremiums.");
		assertThat(browser.attribute("#name", "aria-invalid")).isEqualTo("true");
		browser.assertAccessible();
		browser.type("#name", "Steuerungskreis Integration").select("#kind", "Steuerungskreis").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Das Gremium „Steuerungskreis Integration“ wurde angelegt.");
		assertThat(browser.text("#body-kind")).isEqualTo("Steuerungskreis");
		assertThat(browser.text("#members-empty")).isEqualTo("Noch keine Mitglieder.");
		assertThat(browser.text("#meetings-empty")).isEqualTo("Dieses Gremium hat noch keine Sitzungen.");
		browser.assertAccessible();
		String bodyPage = browser.pathOnly();

		browser.type("#name", "Jens Böhm").select("#departmentId", "Sozialamt").type("#organisation", "Caritas")
			.click("#add-member");
		assertThat(browser.text("#organisation-error"))
			.isEqualTo("Ein Mitglied kommt aus einem Fachbereich oder aus einer Partnerorganisation, nicht aus beiden.");
		browser.assertAccessible();
		browser.type("#name", "Gül Şahin").type("#function", "Leiterin").select("#role", "Vorsitz")
			.type("#organisation", "").click("#add-member");
		assertThat(browser.text(".flash")).isEqualTo("„Gül Şahin“ wurde als Mitglied hinzugefügt.");
		assertThat(browser.texts("#member-list tbody th")).containsExactly("Gül Şahin");
		assertThat(browser.texts("#member-list tbody td")).contains("Sozialamt", "Vorsitz");
		browser.assertAccessible();

		browser.click("#new-meeting");
		assertThat(browser.text("h1")).isEqualTo("Neue Sitzung");
		browser.assertAccessible();
		String day = TODAY.plusDays(7).toString();
		browser.type("#title", "Sitzung des Steuerungskreises").type("#location", "Rathaus, Saal 1")
			.type("#onlineUrl", "meet.example/raum");
		set("#date", day);
		set("#startTime", "16:00");
		set("#endTime", "15:00");
		browser.click("#save");
		assertThat(browser.text("#endTime-error")).isEqualTo("Das Ende muss nach dem Beginn liegen.");
		browser.assertAccessible();
		set("#endTime", "18:00");
		browser.click("#save");
		assertThat(browser.text("#onlineUrl-error"))
			.isEqualTo("Bitte geben Sie eine vollständige Webadresse an, die mit https:// beginnt.");
		assertThat(browser.attribute("#title", "value")).as("what was entered stays").isEqualTo("Sitzung des Steuerungskreises");
		browser.type("#onlineUrl", "https://meet.example/raum").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Die Sitzung „Sitzung des Steuerungskreises“ wurde angelegt.");
		assertThat(browser.text("#meeting-status")).isEqualTo("Geplant");
		assertThat(browser.text("#meeting-when")).endsWith("16:00 Uhr – 18:00");
		assertThat(browser.text("#agenda-empty")).isEqualTo("Noch keine Tagesordnungspunkte.");
		browser.assertAccessible();
		String meetingPage = browser.pathOnly();

		browser.click("#add-item");
		assertThat(browser.text("#title-error")).isEqualTo("Bitte geben Sie einen Titel an.");
		browser.assertAccessible();
		for (String item : new String[] { "Begrüßung", "Verschiedenes", "Sprachförderung" }) {
			browser.type("#title", item).click("#add-item");
			assertThat(browser.text(".flash")).isEqualTo("„" + item + "“ steht jetzt auf der Tagesordnung.");
		}
		browser.click("#move-up-2");
		assertThat(browser.text(".flash")).isEqualTo("Die Reihenfolge der Tagesordnung wurde geändert.");
		assertThat(browser.texts("#agenda-items h3")).containsExactly("1. Begrüßung", "2. Sprachförderung",
				"3. Verschiedenes");
		browser.click("#status-INVITED");
		assertThat(browser.text("#meeting-status")).isEqualTo("Eingeladen");
		browser.assertAccessible();

		browser.tick("#presence-0-PRESENT");
		browser.type("#guests", "2").click("#save-attendance");
		assertThat(browser.text(".flash")).isEqualTo("Die Anwesenheit wurde gespeichert.");
		assertThat(browser.find("#presence-0-PRESENT").isSelected()).isTrue();

		browser.select("#agendaItemId", "2. Sprachförderung").select("#kind", "Aufgabe").click("#add-outcome");
		assertThat(browser.text("#text-error")).isEqualTo("Bitte geben Sie den Text an.");
		browser.assertAccessible();
		browser.type("#text", "Räume für den dritten Kurs suchen").type("#taskOwner", "gremium");
		set("#taskDueDate", TODAY.minusDays(1).toString());
		browser.click("#add-outcome");
		assertThat(browser.text(".flash"))
			.isEqualTo("Die Aufgabe „Räume für den dritten Kurs suchen“ steht jetzt in der Aufgabenliste.");
		assertThat(browser.texts("#agenda-items .outcome-text")).containsExactly("Räume für den dritten Kurs suchen");
		assertThat(browser.text("#agenda-items .tag.overdue")).isEqualTo("überfällig");
		browser.select("#agendaItemId", "1. Begrüßung").select("#kind", "Beschluss")
			.type("#text", "Die Tagesordnung wird angenommen.").click("#add-outcome");
		assertThat(browser.text(".flash")).isEqualTo("Das Ergebnis wurde festgehalten.");
		browser.follow(browser.driver().findElement(org.openqa.selenium.By.xpath(
				"//li[contains(@class,'outcome')][.//span[text()='Die Tagesordnung wird angenommen.']]//a[starts-with(normalize-space(),'Bearbeiten')]")));
		assertThat(browser.text("h1")).isEqualTo("Ergebnis bearbeiten");
		assertThat(browser.text("#outcome-kind")).isEqualTo("Beschluss");
		browser.assertAccessible();
		browser.type("#text", " ").click("#save");
		assertThat(browser.text("#text-error")).isEqualTo("Bitte geben Sie den Text an.");
		browser.type("#text", "Die Tagesordnung wird einstimmig angenommen.").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Das Ergebnis wurde gespeichert.");
		browser.click("#status-HELD");
		assertThat(browser.text("#meeting-status")).isEqualTo("Durchgeführt");
		browser.assertAccessible();

		Object pdf = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(document.getElementById('minutes-pdf').href).then(r => done(r.status + ' ' + r.headers.get('content-type')));");
		assertThat(pdf).isEqualTo("200 application/pdf");
		Object ics = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(document.getElementById('invitation-ics').href).then(r => r.text()).then(t => done(t));");
		assertThat((String) ics).contains("SUMMARY:Sitzung des Steuerungskreises – Steuerungskreis Integration");

		browser.clickText("Aufgaben");
		assertThat(browser.text("h1")).isEqualTo("Aufgaben");
		assertThat(browser.texts("#tasks tbody th")).as("my open tasks").containsExactly("Räume für den dritten Kurs suchen");
		browser.assertAccessible();
		browser.open(APP);
		assertThat(browser.texts("#overdue-tasks tbody th")).containsExactly("Räume für den dritten Kurs suchen");

		browser.clickText("Sitzungen");
		assertThat(browser.texts("#meetings tbody th")).containsExactly("Sitzung des Steuerungskreises");
		assertThat(browser.text("#meetings tbody .tag")).isEqualTo("Durchgeführt");
		browser.assertAccessible();
		browser.select("#period", "Vergangene").click(".filters button");
		assertThat(browser.text("#meetings-empty")).isEqualTo("Keine Sitzungen für diese Auswahl.");
		browser.click("#decisions-link");
		assertThat(browser.text("h1")).isEqualTo("Beschlüsse");
		set("#from", TODAY.toString());
		set("#to", TODAY.plusDays(30).toString());
		browser.select("#bodyKind", "Steuerungskreis").click(".filters button");
		assertThat(browser.texts("#decisions tbody th")).containsExactly("Die Tagesordnung wird einstimmig angenommen. (Begrüßung)");
		assertThat(browser.texts("#decisions tbody td")).contains("Steuerungskreis Integration");
		browser.assertAccessible();
		browser.select("#bodyKind", "Arbeitsgruppe").click(".filters button");
		assertThat(browser.text("#decisions-empty")).isEqualTo("Keine Beschlüsse in diesem Zeitraum.");

		browser.signInAs("gremium-beirat").open(meetingPage);
		assertThat(browser.has("#item-form")).isFalse();
		assertThat(browser.has("#outcome-form")).isFalse();
		assertThat(browser.has("#attendance-form")).isFalse();
		assertThat(browser.texts("#attendance-list li")).containsExactly("Gül Şahin: anwesend");
		browser.assertAccessible();
		browser.open(bodyPage);
		assertThat(browser.has("#member-form")).isFalse();
		browser.assertAccessible();
		browser.open(meetingPage + "/edit");
		assertThat(browser.text("h1")).isEqualTo("Keine Berechtigung");
	}

	@Test
	void whoSavesAnOutdatedMeetingIsToldToReloadAndTheMeetingReadsInEnglish() {
		UUID body = currentTenant.callAs(new TenantKey(BIEBESHEIM),
				() -> bodies.create(new BodyData("AG Wohnen Biebesheim", BodyKind.WORKING_GROUP, null)).getId());
		MeetingData data = new MeetingData("Wohnungsmarkt", OffsetDateTime.parse("2027-03-02T18:00:00+01:00"),
				OffsetDateTime.parse("2027-03-02T20:00:00+01:00"), "Bürgerhaus", null, null);
		UUID id = currentTenant.callAs(new TenantKey(BIEBESHEIM), () -> meetings.create(body, data).getId());
		browser.signInAs("gremium").open(APP + "/meetings/" + id + "/edit");
		currentTenant.runAs(new TenantKey(BIEBESHEIM), () -> meetings.update(id, 0, new MeetingData("Wohnungsmarkt 2027",
				data.startsAt(), data.endsAt(), "Bürgerhaus", null, null)));
		browser.type("#location", "Rathaus").click("#save");
		assertThat(browser.text("#form-alert")).contains("inzwischen von jemand anderem geändert");
		assertThat(browser.attribute("#location", "value")).as("what was entered stays").isEqualTo("Rathaus");
		browser.assertAccessible();
		browser.click("#reload");
		assertThat(browser.attribute("#title", "value")).isEqualTo("Wohnungsmarkt 2027");

		browser.open(APP + "/meetings/" + id + "?lang=en");
		assertThat(browser.text("#agenda")).isEqualTo("Agenda");
		assertThat(browser.text("#meeting-when")).isEqualTo("2 Mar 2027, 18:00 – 20:00");
		assertThat(browser.text("#meeting-status")).isEqualTo("Planned");
		browser.assertAccessible();
		browser.open(APP + "/meetings?lang=de");
	}

	@Test
	void aMonthlySeriesIsGeneratedAndOneMeetingCancelledAlone() {
		browser.signInAs("gremium").open(APP + "/bodies/new");
		browser.type("#name", "AG Sprache Biebesheim").select("#kind", "Arbeitsgruppe").click("#save");
		browser.click("#new-series");
		assertThat(browser.text("h1")).isEqualTo("Sitzungsreihe anlegen");
		browser.assertAccessible();
		browser.type("#title", "AG-Sitzung").select("#weekOfMonth", "Zweiter").select("#dayOfWeek", "Dienstag");
		set("#startTime", "16:00");
		set("#endTime", "18:00");
		set("#firstDate", "2027-01-01");
		set("#lastDate", "2026-12-01");
		browser.type("#agenda", "Begrüßung\nBerichte aus den Projekten").click("#generate");
		assertThat(browser.text("#lastDate-error")).isEqualTo("Der letzte Tag darf nicht vor dem ersten liegen.");
		browser.assertAccessible();
		set("#lastDate", "2027-06-30");
		browser.click("#generate");
		assertThat(browser.text(".flash")).isEqualTo("Es wurden 6 Sitzungen angelegt.");
		assertThat(browser.texts("#body-meetings tbody td:nth-of-type(1)")).hasSize(6)
			.last().asString().startsWith("12.01.2027, 16:00 Uhr");
		assertThat(browser.text("#series-list li")).startsWith("AG-Sitzung: Zweiter Dienstag, 16:00–18:00 Uhr");
		browser.assertAccessible();

		browser.follow(browser.all("#body-meetings tbody th a").get(2));
		assertThat(browser.text("#meeting-when")).startsWith("13.04.2027, 16:00 Uhr");
		assertThat(browser.texts("#agenda-items h3")).containsExactly("1. Begrüßung", "2. Berichte aus den Projekten");
		browser.click("#status-CANCELLED");
		assertThat(browser.text("#meeting-status")).isEqualTo("Abgesagt");
		browser.click("nav.breadcrumbs li:nth-of-type(2) a");
		assertThat(browser.texts("#body-meetings tbody .tag")).as("latest first: June, May, April, …")
			.containsExactly("Geplant", "Geplant", "Abgesagt", "Geplant", "Geplant", "Geplant");
	}
}

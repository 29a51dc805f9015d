package de.mosaik.web.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the concept in a real browser, with the axe check on every page: the county publishes its
 * framework, a municipality adopts it and adds a measure, justifies it by a needs analysis, records its
 * consultant and generates the status report as page and PDF; the county then sees the adoption. This
 * class's councils: Landkreis Kusel (07336) with Altenglan (07336003); its people are accounts of their
 * own ({@code kreisrahmen}, {@code altenglan}, {@code altenglan-rat}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusReportBrowserTest extends IntegrationTest {

	static final String COUNTY = "07336";

	static final String ALTENGLAN = "07336003";

	@Autowired
	Fixtures fixtures;

	Browser browser;

	@BeforeAll
	void start() {
		browser = Browser.start();
		fixtures.council(ALTENGLAN);
		fixtures.grant(fixtures.person("kreisrahmen"), COUNTY, Role.COUNTY_COORDINATOR);
		fixtures.grant(fixtures.person("altenglan"), ALTENGLAN, Role.MUNICIPAL_OFFICER);
		fixtures.grant(fixtures.person("altenglan-rat"), ALTENGLAN, Role.VIEWER);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@Order(1)
	void theCountyPublishesItsFramework() {
		browser.signInAs("kreisrahmen").open("/app/" + COUNTY + "/concepts");
		browser.click("#framework-link");
		assertThat(browser.text("h1")).isEqualTo("Kreisrahmen");
		assertThat(browser.text("#releases-empty")).isEqualTo("Sie haben noch keinen Rahmen veröffentlicht.");
		assertThat(browser.text("#member-" + ALTENGLAN)).contains("Altenglan", "Noch nicht übernommen");
		browser.assertAccessible();

		browser.click("#publish");
		assertThat(browser.text("#conceptId-error")).isEqualTo("Bitte wählen Sie eine Fassung des Integrationskonzepts.");
		assertThat(browser.attribute("#conceptId", "aria-invalid")).isEqualTo("true");
		browser.assertAccessible();

		browser.open("/app/" + COUNTY + "/concepts/new").type("#title", "Integrationskonzept Landkreis Kusel").click("#save");
		browser.click("#new-goal");
		browser.select("#fieldOfActionId", "Sprache").type("#title", "Sprachkurse in allen Verbandsgemeinden")
			.type("#targetValue", "7").type("#targetUnit", "Verbandsgemeinden").type("#targetYear", "2028").click("#save");
		browser.open("/app/" + COUNTY + "/framework").select("#conceptId", "Integrationskonzept Landkreis Kusel (Entwurf)")
			.type("#note", "Bitte bis Ende des Jahres in Ihr Konzept übernehmen.").click("#publish");
		assertThat(browser.text(".flash")).isEqualTo("Stand 1 des Kreisrahmens ist veröffentlicht.");
		assertThat(browser.texts("#releases tbody th")).containsExactly("Stand 1");
		browser.assertAccessible();
	}

	@Test
	@Order(2)
	void theMunicipalityAdoptsItJustifiesAMeasureAndRecordsItsConsultant() {
		browser.signInAs("altenglan").open("/app/" + ALTENGLAN + "/concepts/new");
		browser.type("#title", "Integrationskonzept Altenglan").click("#save");
		String concept = browser.pathOnly();
		browser.open("/app/" + ALTENGLAN + "/framework");
		assertThat(browser.text("#latest-heading")).startsWith("Aktueller Stand 1 vom");
		assertThat(browser.text("#latest-note")).isEqualTo("Bitte bis Ende des Jahres in Ihr Konzept übernehmen.");
		assertThat(browser.text("main")).contains("Sprachkurse in allen Verbandsgemeinden");
		browser.assertAccessible();
		browser.click("#adopt");
		assertThat(browser.text("#conceptId-error")).isEqualTo("Bitte wählen Sie eine Fassung des Integrationskonzepts.");
		browser.assertAccessible();
		browser.select("#conceptId", "Integrationskonzept Altenglan (Entwurf)").click("#adopt");
		assertThat(browser.pathOnly()).isEqualTo(concept);
		assertThat(browser.text(".flash")).isEqualTo("Stand 1 des Kreisrahmens ist übernommen: 1 Ziele neu, 0 schon vorhanden.");
		browser.clickText("Sprachkurse in allen Verbandsgemeinden");
		assertThat(browser.text("#goal-source")).isEqualTo("Aus dem Kreisrahmen übernommen");
		assertThat(browser.text("#justifications-empty")).isEqualTo("Noch keine Erkenntnis aus einer Bedarfsanalyse begründet dies.");
		browser.assertAccessible();
		String goal = browser.pathOnly();

		browser.click("#new-measure");
		browser.type("#title", "Sprachtreff im Bürgerhaus").select("#status", "Läuft").type("#description", "Raumfrage intern klären")
			.tick("#internal1").type("#budgetPlanned", "4200").type("#budgetSpent", "1300.40");
		browser.click("#save");
		assertThat(browser.text("#measure-internal")).isEqualTo("Ja, Beschreibung und Bewertung bleiben intern");

		browser.open("/app/" + ALTENGLAN + "/needs-analyses");
		assertThat(browser.text("#analyses-empty")).isEqualTo("Es ist noch keine Bedarfsanalyse erfasst.");
		browser.assertAccessible();
		browser.click("#new-analysis");
		browser.assertAccessible();
		browser.type("#title", "Befragung Neuzugewanderter 2026").select("#method", "Befragung");
		date("#conductedOn", "2026-02-10");
		browser.type("#participantsTotal", "-4").type("#groups0\\.label", "Geflüchtete").type("#groups0\\.participants", "25")
			.click("#save");
		assertThat(browser.text("#participantsTotal-error")).isEqualTo("Die Zahl der Teilnehmenden muss zwischen 0 und 10.000.000 liegen.");
		assertThat(browser.attribute("#groups0\\.label", "value")).as("what was entered stays").isEqualTo("Geflüchtete");
		browser.assertAccessible();
		browser.type("#participantsTotal", "41").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Die Bedarfsanalyse „Befragung Neuzugewanderter 2026“ wurde angelegt.");
		assertThat(browser.text("#analysis-method")).isEqualTo("Befragung");
		assertThat(browser.text("#groups")).contains("Geflüchtete", "25");
		assertThat(browser.text("#findings-empty")).isEqualTo("Diese Bedarfsanalyse hat noch keine Erkenntnisse.");
		browser.assertAccessible();
		browser.type("#text", "Viele warten monatelang auf einen Sprachkurs.");
		browser.select("#goalIds", "Sprachkurse in allen Verbandsgemeinden");
		browser.select("#measureIds", "Sprachtreff im Bürgerhaus");
		browser.click("#add-finding");
		assertThat(browser.text(".flash")).isEqualTo("Die Erkenntnis wurde hinzugefügt.");
		assertThat(browser.text("#finding-list")).contains("Viele warten monatelang auf einen Sprachkurs.",
				"Ziel: Sprachkurse in allen Verbandsgemeinden", "Maßnahme: Sprachtreff im Bürgerhaus");
		browser.assertAccessible();
		browser.open(goal);
		assertThat(browser.text("#justifications")).contains("Viele warten monatelang auf einen Sprachkurs.",
				"Befragung Neuzugewanderter 2026");

		browser.open("/app/" + ALTENGLAN + "/consultancies");
		assertThat(browser.text("#consultancies-empty")).isEqualTo("Es ist noch kein Beratungsauftrag erfasst.");
		browser.assertAccessible();
		browser.click("#new-consultancy");
		browser.type("#organisation", "Institut für Sozialplanung Pfalz").type("#scope", "Moderation der Beteiligung");
		date("#periodFrom", "2026-03-01");
		date("#periodTo", "2026-02-01");
		browser.type("#budgetPlanned", "18000").click("#save");
		assertThat(browser.text("#periodTo-error")).isEqualTo("Das Ende darf nicht vor dem Beginn liegen.");
		browser.assertAccessible();
		date("#periodTo", "2026-10-31");
		browser.select("#conceptId", "Integrationskonzept Altenglan (Entwurf)").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Der Beratungsauftrag an „Institut für Sozialplanung Pfalz“ wurde angelegt.");
		assertThat(browser.text("#consultancies")).contains("Institut für Sozialplanung Pfalz", "18.000,00 €", "Integrationskonzept Altenglan");
		browser.assertAccessible();
	}

	@Test
	@Order(3)
	void theOfficerGeneratesTheStatusReportAsPageAndPdf() throws Exception {
		browser.signInAs("altenglan").open("/app/" + ALTENGLAN + "/concepts");
		browser.clickText("Integrationskonzept Altenglan");
		browser.click("#report-link");
		assertThat(browser.text("h1")).isEqualTo("Sachstandsbericht");
		assertThat(browser.text("#report-total")).contains("1", "4.200,00 €", "1.300,40 €");
		assertThat(browser.text("#report")).contains("Sprache", "Ziel: Sprachkurse in allen Verbandsgemeinden",
				"Zielwert: 7 Verbandsgemeinden bis 2028", "Sprachtreff im Bürgerhaus", "Aus dem Rahmen des Landkreises übernommen")
			.doesNotContain("Raumfrage");
		browser.assertAccessible();

		date("#from", "2026-06-01");
		date("#to", "2026-01-01");
		browser.click("#generate");
		assertThat(browser.text("#form-alert")).isEqualTo("Das Ende des Berichtszeitraums darf nicht vor seinem Beginn liegen.");
		assertThat(browser.has("#report")).isFalse();
		browser.assertAccessible();
		date("#to", "2026-12-31");
		browser.click("#generate");
		assertThat(browser.text("#report-period")).startsWith("Berichtszeitraum: 01.06.2026 bis 31.12.2026");

		String pdfLink = browser.attribute("#download-pdf", "href");
		assertThat(pdfLink).contains("/report.pdf", "from=2026-06-01", "to=2026-12-31");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfLink)).header("Cookie", cookies()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Sachstandsbericht zum Integrationskonzept", "Altenglan",
					"Berichtszeitraum: 01.06.2026 bis 31.12.2026", "Sprachtreff im Bürgerhaus", "4.200,00 €", "1.300,40 €")
				.doesNotContain("Raumfrage");
		}

		browser.open(browser.pathOnly() + "?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Status report");
		assertThat(browser.attribute("#report", "lang")).isEqualTo("de");
		assertThat(browser.text("#report")).contains("Handlungsfelder, Ziele und Maßnahmen");
		browser.assertAccessible();
		browser.open(browser.pathOnly() + "?lang=de");
	}

	@Test
	@Order(4)
	void aViewerReadsTheReportAndTheCountySeesTheAdoptionButNoTexts() {
		browser.signInAs("altenglan-rat").open("/app/" + ALTENGLAN + "/framework");
		assertThat(browser.has("#adopt-form")).isFalse();
		assertThat(browser.text("#history")).contains("Stand 1", "Integrationskonzept Altenglan");
		browser.assertAccessible();

		browser.signInAs("kreisrahmen").open("/app/" + COUNTY + "/framework?state=ADOPTED");
		assertThat(browser.text("#members-summary")).contains("davon nutzen 1 Mosaik; 1 haben den Rahmen übernommen.");
		String row = browser.text("#member-" + ALTENGLAN);
		assertThat(row).contains("Altenglan", "Stand 1 übernommen am", "(Fassung: Entwurf)");
		assertThat(browser.texts("#member-" + ALTENGLAN + " td.num")).containsExactly("1", "0", "1", "0", "0");
		assertThat(browser.text("main")).doesNotContain("Sprachtreff", "Raumfrage", "Befragung Neuzugewanderter");
		browser.assertAccessible();
	}

	private String cookies() {
		return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
	}

	private void date(String css, String iso) {
		browser.script("arguments[0].value = arguments[1];", browser.find(css), iso);
	}
}

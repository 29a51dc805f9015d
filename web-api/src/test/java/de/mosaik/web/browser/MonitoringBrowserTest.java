package de.mosaik.web.browser;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import de.mosaik.core.monitoring.IndicatorService;
import de.mosaik.core.monitoring.ValueData;
import de.mosaik.core.monitoring.ValueService;
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
 * Monitoring in a real browser, with the axe check on every page. This class's councils: Kreis Herzogtum
 * Lauenburg (01053) with Albsfelde, Alt-Mölln and Aumühle; its people {@code monitor-kreis} (coordination)
 * and {@code monitor-gemeinde} (officer of Alt-Mölln).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringBrowserTest extends IntegrationTest {

	static final String COUNTY = "01053";

	static final String ALBSFELDE = "01053001";

	static final String ALT_MOELLN = "01053002";

	static final String AUMUEHLE = "01053003";

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurrentTenant currentTenant;

	@Autowired
	ValueService values;

	@Autowired
	IndicatorService indicators;

	Browser browser;

	@BeforeAll
	void start() {
		browser = Browser.start();
		Stream.of(ALBSFELDE, ALT_MOELLN, AUMUEHLE).forEach(fixtures::council);
		fixtures.grant(fixtures.person("monitor-kreis"), COUNTY, Role.COUNTY_COORDINATOR);
		fixtures.grant(fixtures.person("monitor-gemeinde"), ALT_MOELLN, Role.MUNICIPAL_OFFICER);
		// naturalisations in two members; Aumühle's 2 in 2024 are too few to show
		record(ALBSFELDE, "2023", 31);
		record(ALBSFELDE, "2024", 35);
		record(AUMUEHLE, "2023", 12);
		record(AUMUEHLE, "2024", 2);
	}

	private void record(String member, String period, int value) {
		currentTenant.runAs(new TenantKey(member), () -> values.create(new ValueData(indicators.all()
			.stream()
			.filter(i -> i.getCode().equals("NI-MT-2.3.1"))
			.findFirst()
			.orElseThrow()
			.getId(), period, BigDecimal.valueOf(value), null, null, null)));
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void anOfficerEntersAValueAndTheCountySeesItsMembersInChartsAndTablesAndImportsOfficialData() throws Exception {
		browser.signInAs("monitor-gemeinde").open("/app/" + ALT_MOELLN);
		browser.click("#monitoring-link");
		assertThat(browser.text("h1")).isEqualTo("Monitoring");
		assertThat(browser.has("#county-link")).as("no county view in a municipality").isFalse();
		browser.assertAccessible();
		browser.click("#values-link");
		assertThat(browser.text("#values-empty")).isEqualTo("Es sind noch keine Werte erfasst.");
		browser.assertAccessible();
		browser.click("#new-value");
		assertThat(browser.title()).isEqualTo("Wert erfassen – Mosaik");
		browser.assertAccessible();
		browser.select("#indicatorId", "NI-MT-2.3.1 – Einbürgerungen (Anzahl)").type("#period", "2024").click("#save");
		assertThat(browser.text("#value-error")).isEqualTo("Bitte geben Sie einen Wert an (bei einer Quote genügen Zähler und Nenner).");
		assertThat(browser.attribute("#value", "aria-invalid")).isEqualTo("true");
		browser.assertAccessible();
		browser.type("#period", "Frühjahr").type("#value", "18").click("#save");
		assertThat(browser.text("#period-error")).startsWith("Der Zeitraum ist ein Jahr (2025)");
		browser.type("#period", "2024").type("#value", "18").type("#cases", "18").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Der Wert „Einbürgerungen“ für 2024 wurde gespeichert.");
		assertThat(browser.texts("#values tbody td.num")).containsExactly("18 Anzahl");
		browser.assertAccessible();

		browser.signInAs("monitor-kreis").open("/app/" + COUNTY + "/monitoring");
		browser.click("#county-link");
		assertThat(browser.text("h1")).isEqualTo("Kreisübersicht");
		assertThat(browser.text("#suppression-note")).startsWith("Werte aus weniger als 3 Fällen sind gesperrt");
		// the values of this class, and the partner network's count of organisations (none yet)
		assertThat(browser.texts("#county-indicators tbody th a")).containsExactly("NI-MT-2.3.1 – Einbürgerungen",
				"OP-PARTNERS – Partnerorganisationen im Netzwerk");
		assertThat(browser.texts("#county-indicators tbody td")).contains("2024", "3/3", "▲ gestiegen");
		browser.assertAccessible();

		browser.clickText("NI-MT-2.3.1 – Einbürgerungen");
		assertThat(browser.text("h1")).isEqualTo("Einbürgerungen");
		browser.waitUntil(d -> browser.has("#trend-chart canvas") && browser.has("#members-chart canvas"));
		assertThat(browser.attribute("#trend-chart", "role")).isEqualTo("img");
		assertThat(browser.attribute("#trend-chart", "aria-label")).startsWith("Liniendiagramm: Einbürgerungen je Zeitraum");
		assertThat(browser.texts("#trend tbody th")).containsExactly("2023", "2024");
		assertThat(browser.texts("#trend tbody tr:first-child td")).startsWith("43", "2/3");
		assertThat(browser.texts("#members tbody th")).containsExactly("Albsfelde", "Alt-Mölln", "Aumühle");
		// 2024: Aumühle (2) suppressed, and with it the next smallest, Alt-Mölln (18); the sum stays 55
		assertThat(browser.texts("#members tbody tr:nth-child(3) td")).containsExactly("12", "gesperrt");
		assertThat(browser.texts("#members tbody tr:nth-child(2) td")).containsExactly("", "gesperrt");
		assertThat(browser.texts("#members tbody tr:nth-child(1) td")).containsExactly("31", "35");
		assertThat(browser.texts("#trend tbody tr:nth-child(2) td")).startsWith("55", "3/3");
		assertThat(browser.text("#comparison-empty")).startsWith("Für diesen Indikator sind keine amtlichen Daten");
		assertThat(browser.attribute("#members-csv", "href")).endsWith("/monitoring/county/NI-MT-2.3.1/members.csv?periodType=YEAR");
		browser.assertAccessible();
		browser.screenshot("monitoring-county-indicator");
		browser.type("#q", "mühle").click(".filters button");
		assertThat(browser.texts("#members tbody th")).containsExactly("Aumühle");
		browser.type("#q", "Hamburg").click(".filters button");
		assertThat(browser.text("#members-empty")).isEqualTo("Keine Gemeinde zu „Hamburg“.");
		browser.assertAccessible();

		// the county imports the Regionaldatenbank table for its own indicator, to compare with the Land
		browser.open("/app/" + COUNTY + "/monitoring/indicators");
		browser.assertAccessible();
		browser.click("#new-indicator");
		browser.assertAccessible();
		browser.type("#code", "KOM-SVB-AUSL").type("#name", "Beschäftigte Ausländerinnen und Ausländer (Wohnort)")
			.type("#unit", "Anzahl").click("#save");
		assertThat(browser.text(".flash")).isEqualTo("Der Indikator „Beschäftigte Ausländerinnen und Ausländer (Wohnort)“ wurde angelegt.");
		browser.open("/app/" + COUNTY + "/monitoring/imports");
		assertThat(browser.text("#imports-empty")).isEqualTo("Es wurde noch keine Datei hochgeladen.");
		browser.assertAccessible();
		Path table = de.mosaik.web.monitoring.SharedData
			.path("statistics/sv_beschaeftigte_nationalitaet_kreise/13111-02-02-4_sheet_data.csv");
		browser.find("#file").sendKeys(table.toAbsolutePath().normalize().toString());
		browser.click("#upload");
		assertThat(browser.text("h1")).isEqualTo("13111-02-02-4_sheet_data.csv");
		assertThat(browser.text("#import-status")).isEqualTo("Vorschau");
		assertThat(browser.text("#count-importable")).isEqualTo("0");
		browser.assertAccessible();
		browser.select("#series-3", "KOM-SVB-AUSL – Beschäftigte Ausländerinnen und Ausländer (Wohnort)").click("#save-mapping");
		assertThat(browser.text("#count-importable")).as("12 dates of the county and of the 14 other districts of Schleswig-Holstein")
			.isEqualTo(String.valueOf(15 * 12));
		browser.assertAccessible();
		browser.click("#commit");
		assertThat(browser.text(".flash")).isEqualTo("180 Werte aus „13111-02-02-4_sheet_data.csv“ wurden importiert.");
		assertThat(browser.text("#import-status")).isEqualTo("Importiert");

		browser.open("/app/" + COUNTY + "/monitoring/county/KOM-SVB-AUSL");
		browser.waitUntil(d -> browser.has("#comparison-chart canvas"));
		assertThat(browser.texts("#comparison tbody th")).hasSize(15).anyMatch(t -> t.startsWith("Herzogtum Lauenburg"));
		assertThat(browser.text("#comparison tr.own-row td:last-child")).isEqualTo("5.034");
		browser.assertAccessible();

		browser.open("/app/" + COUNTY + "/monitoring/imports");
		browser.clickText("13111-02-02-4_sheet_data.csv");
		browser.click("#undo");
		assertThat(browser.text("#confirm-question")).contains("genau die 180 Werte");
		browser.assertAccessible();
		browser.click("#confirm");
		assertThat(browser.text(".flash")).isEqualTo("Der Import von „13111-02-02-4_sheet_data.csv“ wurde rückgängig gemacht.");
		assertThat(browser.text("#import-status")).isEqualTo("Rückgängig gemacht");
	}
}

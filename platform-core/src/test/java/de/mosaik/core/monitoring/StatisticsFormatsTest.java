package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both families of statistics files, read from the real published files and from files of the same kind. */
class StatisticsFormatsTest {

	static final String NI = "statistics/niedersachsen_integrationsmonitoring/data/";

	final OpenSdgFormat openSdg = new OpenSdgFormat();

	final RegionaldatenbankFormat rdb = new RegionaldatenbankFormat();

	@Test
	void theByteOrderMarkIsDroppedAndWindows1252IsRecognised() {
		byte[] bom = SharedData.bytes(NI + "indicator_1-2-1.csv");
		assertThat(TextDecoding.decode(bom)).startsWith("Year,Gebietseinheit,GeoCode,Value");
		byte[] latin = "id;name\n03159;Göttingen, Landkreis;1\n".getBytes(Charset.forName("windows-1252"));
		assertThat(TextDecoding.decode(latin)).contains("Göttingen");
	}

	@Test
	void anOpenSdgFileWithBreakdownsHasOneSeriesPerCombinationAndSuggestsItsIndicatorForTheTotals() {
		String text = SharedData.text(NI + "indicator_1-2-3.csv");
		assertThat(openSdg.recognises(text)).isTrue();
		assertThat(rdb.recognises(text)).isFalse();
		ParsedFile file = openSdg.parse("indicator_1-2-3.csv", text);
		assertThat(file.series()).hasSize(18)
			.extracting(ParsedFile.Series::key)
			.contains("Aufenthaltsdauer in Jahren=unter 1; Geschlecht=Insgesamt",
					"Aufenthaltsdauer in Jahren=10 und mehr; Geschlecht=weiblich");
		assertThat(file.series()).as("no series of totals over all lengths of stay to suggest")
			.allMatch(s -> s.suggestedCode() == null);
		assertThat(file.observations()).filteredOn(o -> o.key().isEmpty()).hasSize(378);

		ParsedFile employees = openSdg.parse("indicator_5-2-1.csv", SharedData.text(NI + "indicator_5-2-1.csv"));
		assertThat(employees.series()).filteredOn(s -> s.suggestedCode() != null)
			.extracting(ParsedFile.Series::key)
			.as("the totals in each unit; the import takes the one in the indicator's unit")
			.containsExactlyInAnyOrder("Geschlecht=Insgesamt; Units=Anzahl", "Geschlecht=Insgesamt; Units=Prozent");
		assertThat(ImportService.unitFits("Geschlecht=Insgesamt; Units=Anzahl", "Anzahl")).isTrue();
		assertThat(ImportService.unitFits("Geschlecht=Insgesamt; Units=Prozent", "Anzahl")).isFalse();
	}

	@Test
	void spreadsheetErrorsAndWindowsLineEndsOfARealFileAreKeptForThePreview() {
		ParsedFile file = openSdg.parse("indicator_6-2-1.csv", SharedData.text(NI + "indicator_6-2-1.csv"));
		assertThat(file.observations()).filteredOn(o -> o.key().equals("#NV")).hasSize(24);
		assertThat(file.observations()).allMatch(o -> !o.raw().endsWith("\r"));
		ParsedFile empty = openSdg.parse("indicator_4-1-4.csv", SharedData.text(NI + "indicator_4-1-4.csv"));
		assertThat(empty.observations()).filteredOn(o -> openSdg.read(o.raw()).empty()).hasSize(8);
	}

	@Test
	void theRegionaldatenbankTableHasItsSixColumnsAsSeriesAndTheReferenceDateOfEachBlock() {
		String text = SharedData.text("statistics/sv_beschaeftigte_nationalitaet_kreise/13111-02-02-4_sheet_data.csv");
		assertThat(openSdg.recognises(text)).isFalse();
		assertThat(rdb.recognises(text)).isTrue();
		ParsedFile file = rdb.parse("13111-02-02-4_sheet_data.csv", text);
		assertThat(file.series()).extracting(ParsedFile.Series::key)
			.containsExactly("Insgesamt", "männlich", "weiblich", "Ausländer(innen)-Insgesamt", "Ausländer(innen)-männlich",
					"Ausländer(innen)-weiblich");
		assertThat(file.observations()).hasSize(6 * 538 * 12);
		ParsedFile.Observation first = file.observations().get(0);
		assertThat(first.key()).isEqualTo("DG");
		assertThat(first.reference()).isEqualTo("30.06.2019");
		assertThat(file.observations().get(file.observations().size() - 1).reference()).isEqualTo("30.06.2008");
		assertThat(file.observations()).filteredOn(o -> o.key().equals("03152") && o.reference().equals("30.06.2019"))
			.hasSize(6)
			.allMatch(o -> rdb.read(o.raw()).marker() == Marker.NOTHING);
		assertThat(file.observations()).filteredOn(o -> o.key().equals("11001001") && o.reference().equals("30.06.2019"))
			.hasSize(6)
			.allMatch(o -> rdb.read(o.raw()).marker() == Marker.SECRET);
	}

	@Test
	void aGenesisExportWithTitleLinesDateColumnDecimalCommaAndEveryMarkerIsReadAsPublished() {
		String export = String.join("\r\n", "GENESIS-Tabelle: 12521-0040",
				"Ausländer: Kreise, Stichtag, Geschlecht;;;;",
				"Ausländerstatistik;;;;",
				";;;Anteil;Ausländer",
				";;;Prozent;Anzahl",
				"31.12.2023;03159;Göttingen, Landkreis;7,8;25.610",
				"31.12.2023;03241;Region Hannover;16,2;x",
				"31.12.2023;03251;Diepholz, Landkreis;...;/",
				"31.12.2023;03252;Hameln-Pyrmont, Landkreis;.;-",
				"31.12.2023;03254;Hildesheim, Landkreis;12,5 %;0",
				"__________",
				"(C)opyright Statistisches Bundesamt (Destatis), 2024");
		byte[] bytes = export.getBytes(Charset.forName("windows-1252"));
		String text = TextDecoding.decode(bytes);
		ParsedFile file = rdb.parse("12521-0040.csv", text);
		assertThat(file.series()).extracting(ParsedFile.Series::key).containsExactly("Prozent", "Anzahl");
		assertThat(file.observations()).hasSize(10);
		ParsedFile.Observation goettingen = file.observations().get(0);
		assertThat(goettingen.key()).isEqualTo("03159");
		assertThat(goettingen.name()).isEqualTo("Göttingen, Landkreis");
		assertThat(goettingen.reference()).isEqualTo("31.12.2023");
		List<StatisticsFormat.Reading> readings = file.observations().stream().map(o -> rdb.read(o.raw())).toList();
		assertThat(readings.get(0).number()).isEqualByComparingTo(new BigDecimal("7.8"));
		assertThat(readings.get(1).number()).as("thousands point").isEqualByComparingTo(new BigDecimal("25610"));
		assertThat(readings.get(3).marker()).isEqualTo(Marker.BLOCKED);
		assertThat(readings.get(4).marker()).isEqualTo(Marker.NOT_YET);
		assertThat(readings.get(5).marker()).isEqualTo(Marker.UNCERTAIN);
		assertThat(readings.get(6).marker()).isEqualTo(Marker.SECRET);
		assertThat(readings.get(7).marker()).isEqualTo(Marker.NOTHING);
		assertThat(readings.get(8).invalid()).as("a unit in the cell is not a number").isTrue();
		assertThat(readings.get(9).number()).isEqualByComparingTo(BigDecimal.ZERO);
	}
}

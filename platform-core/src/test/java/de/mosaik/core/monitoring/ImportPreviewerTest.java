package de.mosaik.core.monitoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where each key of a statistics file goes, seen from a county, a city and a municipality. */
class ImportPreviewerTest {

	static final Map<String, AreaDirectory.Area> AREAS = Map.of(
			"03159", new AreaDirectory.Area("03159", "Göttingen", AreaDirectory.Kind.COUNTY, "03"),
			"03241", new AreaDirectory.Area("03241", "Region Hannover", AreaDirectory.Kind.COUNTY, "03"),
			"03241001", new AreaDirectory.Area("03241001", "Hannover, Landeshauptstadt", AreaDirectory.Kind.MUNICIPALITY, "03"),
			"03159016", new AreaDirectory.Area("03159016", "Göttingen, Stadt", AreaDirectory.Kind.MUNICIPALITY, "03"),
			"03404000", new AreaDirectory.Area("03404000", "Osnabrück, Stadt", AreaDirectory.Kind.CITY, "03"),
			"16063", new AreaDirectory.Area("16063", "Wartburgkreis", AreaDirectory.Kind.COUNTY, "16"));

	static final AreaDirectory DIRECTORY = key -> Optional.ofNullable(AREAS.get(key))
		.or(() -> AREAS.values().stream().filter(a -> a.kind() == AreaDirectory.Kind.CITY && a.districtKey().equals(key)).findFirst());

	static ImportPreviewer from(String key) {
		return new ImportPreviewer(DIRECTORY, new FormerDistricts(), AREAS.get(key));
	}

	@Test
	void aCountyImportsItsOwnKeyAndTheOtherDistrictsOfItsLandAndReportsTheRest() {
		ImportPreviewer county = from("03241");
		assertThat(county.target("K03241").status()).isEqualTo(RowStatus.OWN);
		assertThat(county.target("03241").area()).isEqualTo("03241");
		assertThat(county.target("K03159").status()).isEqualTo(RowStatus.REFERENCE);
		assertThat(county.target("03404").area()).as("a city by its district key").isEqualTo("03404");
		assertThat(county.target("K03241001").status()).isEqualTo(RowStatus.MUNICIPALITY_ROW);
		assertThat(county.target("K03241999").status()).as("not in the directory").isEqualTo(RowStatus.UNKNOWN_KEY);
		assertThat(county.target("03152").status()).isEqualTo(RowStatus.FORMER_KEY);
		assertThat(county.target("03152").detail()).as("its successor").isEqualTo("03159");
		assertThat(county.target("03999").status()).isEqualTo(RowStatus.UNKNOWN_KEY);
		assertThat(county.target("#NV").status()).isEqualTo(RowStatus.UNKNOWN_KEY);
		assertThat(county.target("").status()).isEqualTo(RowStatus.UNKNOWN_KEY);
		assertThat(county.target("16063").status()).as("another Land").isEqualTo(RowStatus.OUT_OF_SCOPE);
		assertThat(county.target("16056").status()).as("a former key of another Land").isEqualTo(RowStatus.OUT_OF_SCOPE);
		assertThat(county.target("K030").status()).as("the Land").isEqualTo(RowStatus.OUT_OF_SCOPE);
		assertThat(county.target("031").status()).as("a region").isEqualTo(RowStatus.OUT_OF_SCOPE);
		assertThat(county.target("DG").status()).isEqualTo(RowStatus.OUT_OF_SCOPE);
		assertThat(county.target("03159016").status()).as("a municipality of another county").isEqualTo(RowStatus.OUT_OF_SCOPE);
	}

	@Test
	void aCityImportsItsDistrictKeyAndAMunicipalityOnlyItsOwnKey() {
		assertThat(from("03404000").target("K03404").status()).isEqualTo(RowStatus.OWN);
		assertThat(from("03404000").target("K03404").area()).isEqualTo("03404000");
		assertThat(from("03404000").target("03159").status()).as("a city has no comparison").isEqualTo(RowStatus.OUT_OF_SCOPE);
		ImportPreviewer town = from("03159016");
		assertThat(town.target("03159016").status()).isEqualTo(RowStatus.OWN);
		assertThat(town.target("03159").status()).isEqualTo(RowStatus.OUT_OF_SCOPE);
		assertThat(town.target("03152").status()).isEqualTo(RowStatus.OUT_OF_SCOPE);
	}

	@Test
	void aReferenceDateFallsIntoItsYearQuarterOrMonthAndAYearOnlyIntoAYear() {
		assertThat(ImportPreviewer.period("30.06.2019", PeriodType.YEAR)).contains(new Period(PeriodType.YEAR, LocalDate.of(2019, 1, 1)));
		assertThat(ImportPreviewer.period("30.06.2019", PeriodType.QUARTER).orElseThrow()).hasToString("2019-Q2");
		assertThat(ImportPreviewer.period("30.06.2019", PeriodType.MONTH).orElseThrow()).hasToString("2019-06");
		assertThat(ImportPreviewer.period("2019", PeriodType.YEAR).orElseThrow()).hasToString("2019");
		assertThat(ImportPreviewer.period("2019", PeriodType.MONTH)).isEmpty();
		assertThat(ImportPreviewer.period("31.02.2019", PeriodType.YEAR)).isEmpty();
		assertThat(ImportPreviewer.period("Sommer", PeriodType.YEAR)).isEmpty();
	}

	@Test
	void periodsAreWrittenAndReadTheSameWay() {
		for (String text : new String[] { "2025", "2025-Q3", "2025-07" }) {
			assertThat(Period.parse(text)).hasToString(text);
		}
		assertThat(Period.parse("2025-Q3").start()).isEqualTo(LocalDate.of(2025, 7, 1));
	}
}

package de.mosaik.core.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard catalogue a tenant starts with is the one Mosaik ships, with its sources, unchanged. */
class IndicatorCatalogueTest {

	private static String resource(String path) throws IOException {
		try (InputStream in = IndicatorCatalogueTest.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theTenantChangelogSeedsEveryIndicatorOfTheShippedCatalogueWithNameUnitAndSource() throws IOException {
		List<CsvRecords.Line> csv = CsvRecords.parse(resource("/monitoring/indicators.csv"), ',');
		String changelog = resource("/db/tenant/changes/0006-monitoring.sql");
		List<String> seeded = new ArrayList<>();
		Matcher m = Pattern.compile("\\(gen_random_uuid\\(\\), '([^']+)', '((?:[^']|'')*)'").matcher(changelog);
		while (m.find()) {
			seeded.add(m.group(1) + "|" + m.group(2).replace("''", "'"));
		}
		List<String> shipped = csv.subList(1, csv.size()).stream().filter(l -> !l.isBlank())
			.map(l -> l.cell(0) + "|" + l.cell(1)).toList();
		assertThat(shipped).hasSize(65);
		assertThat(seeded).containsExactlyElementsOf(shipped);
		for (CsvRecords.Line line : csv.subList(1, csv.size())) {
			if (!line.isBlank()) {
				assertThat(changelog).as(line.cell(0)).contains("'" + line.cell(6).replace("'", "''") + "'");
			}
		}
	}

	@Test
	void theFormerDistrictsNameTheirSuccessorWhereOneDistrictTookThemOver() {
		FormerDistricts former = new FormerDistricts();
		assertThat(former.size()).isEqualTo(73);
		assertThat(former.find("16056").orElseThrow().successor()).isEqualTo("16063");
		assertThat(former.find("03156").orElseThrow().name()).isEqualTo("Osterode am Harz, Landkreis");
		assertThat(former.find("14161").orElseThrow().successor()).isNull();
		assertThat(former.find("03159")).isEmpty();
	}
}

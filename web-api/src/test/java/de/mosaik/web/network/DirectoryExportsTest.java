package de.mosaik.web.network;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.network.CountyOrganisation;
import de.mosaik.core.network.ExportedOrganisation;
import de.mosaik.core.network.Source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The vCard writer on its own: escaping, folding, one card per organisation and contact. */
class DirectoryExportsTest {

	static final String LONG_NAME = "Interkulturelles Begegnungszentrum für Frauen, Mädchen und Familien; "
			+ "Trägerverein Ökumenische Flüchtlingshilfe Südniedersachsen e. V.";

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacterAndReadBackWhole() {
		String vcf = DirectoryExports.vcards(List.of(organisation()));
		for (String line : vcf.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(vcf).endsWith("END:VCARD\r\n");
		List<Map<String, List<String>>> cards = VCardReader.read(vcf);
		assertThat(cards).hasSize(2);
		assertThat(cards.get(0).get("FN")).containsExactly(LONG_NAME);
		assertThat(cards.get(0).get("NOTE")).containsExactly("Zeile eins\nZeile zwei");
		assertThat(cards.get(1).get("KIND")).containsExactly("individual");
		assertThat(cards.get(1).get("LANG")).containsExactly("ar", "ku");
	}

	@Test
	void textValuesEscapeBackslashCommaSemicolonAndLineBreaks() {
		assertThat(DirectoryExports.text("a\\b, c; d\r\ne")).isEqualTo("a\\\\b\\, c\\; d\\ne");
		assertThat(DirectoryExports.text(null)).isEmpty();
	}

	@Test
	void theCsvHasTheImportColumnsFirstAndMarksTheSource() {
		String csv = DirectoryExports.csv(List.of(organisation()));
		assertThat(csv.lines().findFirst().orElseThrow())
			.isEqualTo("name;type;description;street;postalCode;city;email;phone;website;typeName;topics;languages;area;source");
		assertThat(csv).contains("\"" + LONG_NAME + "\";verein;").contains(";county");
	}

	@Test
	void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
		assertThat(DirectoryExports.cell("=HYPERLINK(\"http://x.example\")")).startsWith("'=");
		assertThat(DirectoryExports.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(DirectoryExports.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(DirectoryExports.cell("+49 551 400")).as("a phone number").isEqualTo("+49 551 400");
		assertThat(DirectoryExports.cell("Caritas")).isEqualTo("Caritas");
	}

	private static ExportedOrganisation organisation() {
		return new ExportedOrganisation(Source.COUNTY, UUID.randomUUID(), LONG_NAME, "verein", "Verein",
				"Zeile eins\nZeile zwei", "Weender Straße 1", "37073", "Göttingen", null, "0551 1", null,
				List.of("Sprachcafé"), List.of("ar"), List.of("03159016"),
				List.of(new CountyOrganisation.SharedContact(UUID.randomUUID(), "Dilan Yıldız", "Vorsitz", null, null,
						List.of("ar", "ku"))));
	}
}

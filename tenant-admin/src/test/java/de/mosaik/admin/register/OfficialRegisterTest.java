package de.mosaik.admin.register;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficialRegisterTest {

	static final OfficialRegister REGISTER = new OfficialRegister();

	@Test
	void holdsEveryCouncilOfTheOfficialDirectory() {
		List<RegisteredCouncil> all = REGISTER.all();
		assertThat(all).hasSize(11_045);
		assertThat(all.stream().filter(c -> c.kind() == CouncilKind.COUNTY)).hasSize(294);
		assertThat(all.stream().filter(c -> c.kind() == CouncilKind.CITY)).hasSize(106);
		assertThat(all.stream().filter(c -> c.kind() == CouncilKind.MUNICIPALITY)).hasSize(10_645);
	}

	@Test
	void knowsTheLargestCountyWithAllItsMembers() {
		assertThat(REGISTER.find("07232").orElseThrow().name()).isEqualTo("Eifelkreis Bitburg-Prüm");
		assertThat(REGISTER.membersOf("07232")).hasSize(233).allSatisfy(m -> {
			assertThat(m.ags()).startsWith("07232");
			assertThat(m.countyAgs()).isEqualTo("07232");
		});
	}

	@Test
	void keepsLeadingZerosQuotedNamesAndKinds() {
		RegisteredCouncil flensburg = REGISTER.find("01001000").orElseThrow();
		assertThat(flensburg.name()).isEqualTo("Flensburg, Stadt");
		assertThat(flensburg.kind()).isEqualTo(CouncilKind.CITY);
		assertThat(flensburg.countyAgs()).isNull();
		assertThat(REGISTER.find("14625020").orElseThrow().name()).startsWith("Bautzen / Budyšin");
		assertThat(REGISTER.find("1001000")).isEmpty();
		assertThat(REGISTER.membersOf("01001")).isEmpty();
	}

	@Test
	void refusesAFileWithAnotherLayout() {
		byte[] csv = "key;name\n01001000;Flensburg\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> new OfficialRegister(new ByteArrayInputStream(csv)))
			.hasMessageContaining("Unexpected register header");
	}

	@Test
	void splitsQuotedCsvFields() {
		assertThat(CsvLine.split("a,\"b, c\",\"say \"\"hi\"\"\",")).containsExactly("a", "b, c", "say \"hi\"", "");
	}
}

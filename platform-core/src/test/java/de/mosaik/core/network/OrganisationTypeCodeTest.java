package de.mosaik.core.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTypeCodeTest {

	@Test
	void aTypesCodeIsItsNameInLowerCaseAsciiWithDashes() {
		assertThat(OrganisationTypeService.code("Sport-Verein (Jugend)")).isEqualTo("sport-verein-jugend");
		assertThat(OrganisationTypeService.code("Behörde für Äußeres")).isEqualTo("behoerde-fuer-aeusseres");
		assertThat(OrganisationTypeService.code("Café Crème")).isEqualTo("cafe-creme");
	}

	@Test
	void aCodeIsAtMostFortyCharactersAndNeverEndsInADash() {
		String code = OrganisationTypeService.code("Interkulturelle Begegnungsstätte im ländlichen Raum");
		assertThat(code).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-").startsWith("interkulturelle-begegnungsstaette");
	}
}

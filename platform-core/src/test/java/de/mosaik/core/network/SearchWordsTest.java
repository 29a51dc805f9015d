package de.mosaik.core.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTest {

	@Test
	void theIndexHoldsBothSpellingsOfUmlautsAndNoAccents() {
		assertThat(SearchWords.index("Sprachcafé Göttingen")).isEqualTo("sprachcafe gottingen sprachcafe goettingen");
		assertThat(SearchWords.index("Gießen")).isEqualTo("giessen");
		assertThat(SearchWords.index("Caritas Lumdatal")).isEqualTo("caritas lumdatal");
	}

	@Test
	void everyWayOfTypingAWordFoldsToOneTheIndexHas() {
		String index = SearchWords.index("München");
		for (String typed : new String[] { "München", "muenchen", "Munchen", "MÜNCHEN" }) {
			assertThat(index).contains(SearchWords.fold(typed));
		}
		assertThat(SearchWords.fold("Straße")).isEqualTo("strasse");
	}
}

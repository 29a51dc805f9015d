package de.mosaik.core.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

	@Test
	void everyWordMustOccurAsAPrefix() {
		assertThat(SearchQuery.of("Beratung  Göttingen")).isEqualTo("beratung:* & gottingen:*");
	}

	@Test
	void tsqueryOperatorsAndPunctuationCannotBreakTheQuery() {
		assertThat(SearchQuery.of("caritas & !awo | (jmd):* 'x'")).isEqualTo("caritas:* & awo:* & jmd:* & x:*");
		assertThat(SearchQuery.of("fa-AF")).isEqualTo("fa:* & af:*");
	}

	@Test
	void nothingToSearchForIsNoQuery() {
		assertThat(SearchQuery.of(null)).isNull();
		assertThat(SearchQuery.of("   ")).isNull();
		assertThat(SearchQuery.of("&|!()")).isNull();
	}

	@Test
	void atMostTenWords() {
		assertThat(SearchQuery.of("a b c d e f g h i j k l").split(" & ")).hasSize(SearchQuery.MAX_WORDS);
	}
}

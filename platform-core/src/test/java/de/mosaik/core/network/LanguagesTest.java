package de.mosaik.core.network;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

	@Test
	void tagsAreNormalisedToTheirCanonicalCase() {
		assertThat(Languages.normalise("AR")).contains("ar");
		assertThat(Languages.normalise("zh_hant")).contains("zh-Hant");
		assertThat(Languages.normalise(" fa-af ")).contains("fa-AF");
	}

	@Test
	void wordsAndUnknownLanguagesAreNoTags() {
		assertThat(Languages.normalise("arabic")).isEmpty();
		assertThat(Languages.normalise("xx")).isEmpty();
		assertThat(Languages.normalise("")).isEmpty();
		assertThat(Languages.allValid(List.of("ar", "Türkisch"))).isFalse();
		assertThat(Languages.allValid(List.of("ar", " ", "tr"))).isTrue();
	}

	@Test
	void repeatsGoAndNamesAreInThePersonsLanguage() {
		assertThat(Languages.normaliseAll(List.of("ar", "AR", "tr"))).containsExactly("ar", "tr");
		assertThat(Languages.displayName("fa", Locale.GERMAN)).isEqualTo("Persisch");
		assertThat(Languages.displayName("uk", Locale.ENGLISH)).isEqualTo("Ukrainian");
	}
}

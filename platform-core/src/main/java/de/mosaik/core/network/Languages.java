package de.mosaik.core.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Languages as BCP 47 tags ({@code ar}, {@code tr}, {@code zh-Hant}, {@code de-CH}), checked and normalised. */
public final class Languages {

	private Languages() {
	}

	/** The tag in its canonical case, or empty when it is not a well-formed tag with a known language. */
	public static Optional<String> normalise(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		try {
			Locale locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
			if (locale.getLanguage().isEmpty() || locale.getDisplayLanguage(Locale.ENGLISH).equals(locale.getLanguage())) {
				return Optional.empty();
			}
			return Optional.of(locale.toLanguageTag());
		}
		catch (IllformedLocaleException ex) {
			return Optional.empty();
		}
	}

	/** Whether every tag is well-formed and names a known language. */
	public static boolean allValid(Collection<String> tags) {
		return tags == null || tags.stream().filter(t -> t != null && !t.isBlank()).allMatch(t -> normalise(t).isPresent());
	}

	/** The tags normalised, repeats removed; invalid ones must have been refused before. */
	static List<String> normaliseAll(Collection<String> tags) {
		LinkedHashSet<String> result = new LinkedHashSet<>();
		for (String tag : Texts.cleanList(tags)) {
			result.add(normalise(tag).orElseThrow(() -> new IllegalArgumentException("Not a language tag: " + tag)));
		}
		return new ArrayList<>(result);
	}

	/** The name of the language in a locale, e.g. "Arabisch" for {@code ar} in German. */
	public static String displayName(String tag, Locale locale) {
		Locale language = Locale.forLanguageTag(tag);
		String name = language.getDisplayName(locale);
		return name.isEmpty() ? tag : name;
	}
}

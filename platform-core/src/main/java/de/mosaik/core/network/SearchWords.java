package de.mosaik.core.network;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds words so that a search finds them however they are typed: without accents ("cafe" finds
 * "Café"), with or without umlauts ("Goettingen", "Gottingen" and "Göttingen"), ß as ss. The search
 * text keeps both folded spellings of every word; a query is folded the plain way.
 */
final class SearchWords {

	private SearchWords() {
	}

	/** Lower case, ß as ss, accents and umlaut dots dropped: the spelling queries are compared in. */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** The text as it is indexed: folded, and once more with umlauts written ae, oe, ue where it has any. */
	static String index(String text) {
		String folded = fold(text);
		String lower = text.toLowerCase(Locale.ROOT);
		String transliterated = fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
		return transliterated.equals(folded) ? folded : folded + " " + transliterated;
	}
}

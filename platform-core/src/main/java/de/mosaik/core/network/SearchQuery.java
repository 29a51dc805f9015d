package de.mosaik.core.network;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A person's search words as a PostgreSQL {@code tsquery} of the {@code simple} configuration: every
 * word must occur, as a prefix (so "Beratung" finds "Beratungsstelle"), folded as the search text is
 * ({@link SearchWords}). Only letters and digits pass,
 * so the query can never be malformed.
 */
final class SearchQuery {

	static final int MAX_WORDS = 10;

	private SearchQuery() {
	}

	/** @return the tsquery text, or null when the words contain nothing to search for */
	static String of(String words) {
		if (words == null || words.isBlank()) {
			return null;
		}
		String query = Arrays.stream(SearchWords.fold(words).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.limit(MAX_WORDS)
			.map(w -> w + ":*")
			.collect(Collectors.joining(" & "));
		return query.isEmpty() ? null : query;
	}
}

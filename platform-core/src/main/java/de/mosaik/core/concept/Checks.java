package de.mosaik.core.concept;

import java.util.UUID;

import de.mosaik.core.shared.StaleVersionException;

/** What every service of the concept checks the same way. */
final class Checks {

	private Checks() {
	}

	static void version(long actual, long expected, String entity, UUID id) {
		if (actual != expected) {
			throw new StaleVersionException(entity, id);
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String search(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The text to look for in a query that always filters: empty matches everything. */
	static String contains(String text) {
		return text == null ? "" : text.strip();
	}
}

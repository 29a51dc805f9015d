package de.mosaik.core.meeting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.StaleVersionException;

/** What the services of bodies and meetings check the same way. */
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

	/** The text to look for in a query that always filters: empty matches everything. */
	static String contains(String text) {
		return text == null ? "" : text.strip();
	}

	/** An online meeting's link must be a web address people can open: http(s) with a host. */
	static void webAddress(String value, String field, String messageKey) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			URI uri = new URI(value.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
				throw new InvalidInputException(field, messageKey);
			}
		}
		catch (URISyntaxException ex) {
			throw new InvalidInputException(field, messageKey);
		}
	}
}

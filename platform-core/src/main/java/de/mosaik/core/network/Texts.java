package de.mosaik.core.network;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import de.mosaik.core.shared.StaleVersionException;

/** What every service of the network checks and cleans the same way. */
final class Texts {

	private Texts() {
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Stripped, without blanks and repeats, in the order given. */
	static List<String> cleanList(Collection<String> values) {
		if (values == null) {
			return List.of();
		}
		LinkedHashSet<String> clean = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				clean.add(value.strip());
			}
		}
		return List.copyOf(clean);
	}

	static void version(long actual, long expected, String entity, UUID id) {
		if (actual != expected) {
			throw new StaleVersionException(entity, id);
		}
	}
}

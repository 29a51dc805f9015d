package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One family of official statistics files. A new family is one more implementation (a Spring bean); the
 * import asks each whether it recognises a file.
 */
interface StatisticsFormat {

	Layout layout();

	/** Whether the text looks like a file of this family. */
	boolean recognises(String text);

	ParsedFile parse(String fileName, String text);

	/** A cell as this family writes numbers. */
	Reading read(String raw);

	/**
	 * What a cell holds: a number, an official marker, nothing at all, or something unreadable (both null
	 * and not empty).
	 */
	record Reading(BigDecimal number, Marker marker, boolean empty) {

		static Reading of(BigDecimal number) {
			return new Reading(number, null, false);
		}

		static Optional<Reading> marker(String raw) {
			return Marker.of(raw).map(m -> new Reading(null, m, false));
		}

		static final Reading EMPTY = new Reading(null, null, true);

		static final Reading INVALID = new Reading(null, null, false);

		boolean invalid() {
			return number == null && marker == null && !empty;
		}
	}
}

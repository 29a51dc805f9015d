package de.mosaik.core.monitoring;

import java.util.Arrays;
import java.util.Optional;

/**
 * The official statistics' signs for a cell without a number (Destatis conventions). Kept as "no value"
 * with its meaning, never read as zero.
 */
public enum Marker {

	/** "-": nothing there (genau null or no value, e.g. a district that no longer exists). */
	NOTHING("-"),

	/** ".": unknown or kept secret. */
	SECRET("."),

	/** "x": no meaningful value (cell blocked). */
	BLOCKED("x"),

	/** "...": not yet available. */
	NOT_YET("..."),

	/** "/": too uncertain to publish. */
	UNCERTAIN("/");

	private final String symbol;

	Marker(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public static Optional<Marker> of(String text) {
		String s = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter(m -> m.symbol.equals(s)).findFirst();
	}
}

package de.mosaik.core.monitoring;

/** Small text rules the monitoring's services share. */
final class Text {

	private Text() {
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

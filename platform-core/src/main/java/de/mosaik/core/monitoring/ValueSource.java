package de.mosaik.core.monitoring;

/** How a value came in: entered by hand, or with an import of an official statistics file. */
public enum ValueSource {
	MANUAL, IMPORT
}

package de.mosaik.core.monitoring;

/** The families of official statistics files Mosaik reads. */
public enum Layout {

	/** Open SDG tidy CSV (e.g. the Länder integration monitoring): one observation per row, {@code K}-prefixed keys. */
	OPEN_SDG,

	/** Regionaldatenbank / GENESIS table: {@code ;}, decimal comma, one column per series, markers for missing values. */
	REGIONALDATENBANK
}

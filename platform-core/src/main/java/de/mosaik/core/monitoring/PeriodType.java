package de.mosaik.core.monitoring;

/** The length of a period of a value. */
public enum PeriodType {
	YEAR, QUARTER, MONTH
}

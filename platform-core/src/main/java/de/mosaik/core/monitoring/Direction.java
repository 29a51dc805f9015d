package de.mosaik.core.monitoring;

/** Whether a rising value is good news. */
public enum Direction {
	HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL
}

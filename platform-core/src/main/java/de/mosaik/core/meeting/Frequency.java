package de.mosaik.core.meeting;

/** How a series of meetings recurs: every n weeks on a weekday, or every n months on the k-th weekday. */
public enum Frequency {

	WEEKLY, MONTHLY
}

package de.mosaik.core.needs;

/** How a needs analysis was done. */
public enum NeedsMethod {
	SURVEY, STATISTICS, INTERVIEWS, WORKSHOP
}

package de.mosaik.core.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A source of decisions for the concept's status report, e.g. the steering committee's resolutions kept
 * by the bodies-and-meetings feature. The report reads every source there is, in the current tenant's
 * unit of work; a feature offers its decisions by implementing this as a bean, so that the report
 * depends on no other feature.
 */
public interface DecisionsInPeriod {

	/** The decisions taken from {@code from} to {@code to} (both included). */
	List<Decision> between(LocalDate from, LocalDate to);

	/**
	 * One decision as the report shows it.
	 *
	 * @param body who decided, e.g. "Steuerungskreis Integration"
	 * @param subject what was decided
	 * @param reference the minutes' or resolution's reference, may be null
	 */
	record Decision(LocalDate date, String body, String subject, String reference) {
	}
}

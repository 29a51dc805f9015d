package de.mosaik.core.needs;

import java.time.LocalDate;
import java.util.UUID;

/** A finding that justifies a goal or measure, with the analysis it comes from, for the goal's and measure's pages. */
public record Justification(UUID findingId, int position, String text, UUID analysisId, String analysisTitle,
		NeedsMethod method, LocalDate conductedOn) {
}

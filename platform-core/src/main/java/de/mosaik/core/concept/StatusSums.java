package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.util.UUID;

/** One row of the roll-up query: a goal's measures in one status, counted and summed. */
record StatusSums(UUID goalId, MassnahmeStatus status, Long count, BigDecimal budgetPlanned, BigDecimal budgetSpent) {
}

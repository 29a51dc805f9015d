package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The roll-up of some measures: how many in each status, and their budgets planned and spent (EUR).
 *
 * @param byStatus every status, with 0 where there is none
 */
public record Figures(Map<MassnahmeStatus, Long> byStatus, BigDecimal budgetPlanned, BigDecimal budgetSpent) {

	public static Figures none() {
		Map<MassnahmeStatus, Long> zero = new EnumMap<>(MassnahmeStatus.class);
		for (MassnahmeStatus s : MassnahmeStatus.values()) {
			zero.put(s, 0L);
		}
		return new Figures(zero, BigDecimal.ZERO, BigDecimal.ZERO);
	}

	public long measures() {
		return byStatus.values().stream().mapToLong(Long::longValue).sum();
	}

	public long count(MassnahmeStatus status) {
		return byStatus.getOrDefault(status, 0L);
	}

	Figures plus(Figures other) {
		Map<MassnahmeStatus, Long> sum = new EnumMap<>(byStatus);
		other.byStatus.forEach((s, n) -> sum.merge(s, n, Long::sum));
		return new Figures(sum, budgetPlanned.add(other.budgetPlanned), budgetSpent.add(other.budgetSpent));
	}

	Figures plus(StatusSums sums) {
		Map<MassnahmeStatus, Long> sum = new EnumMap<>(byStatus);
		sum.merge(sums.status(), sums.count(), Long::sum);
		return new Figures(sum, budgetPlanned.add(sums.budgetPlanned()), budgetSpent.add(sums.budgetSpent()));
	}
}

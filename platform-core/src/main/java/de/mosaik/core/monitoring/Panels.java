package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds one indicator's part of a county dashboard from the values of the county, its members and the
 * other districts of its Land: the members' table with small numbers suppressed, the members' total or rate
 * per period, the county's own values and the comparison. No database here.
 */
final class Panels {

	/** What the county knows of an indicator, from its catalogue or a feature's operational counts. */
	record Info(String code, String name, String nameEn, String unit, IndicatorKind kind, Integer scale,
			Direction direction, boolean operational) {
	}

	/** One value of some area, from wherever it came. */
	record Fact(String code, String area, Period period, BigDecimal value, String marker, BigDecimal numerator,
			BigDecimal denominator, Integer cases) {
	}

	private final int threshold;

	private final Function<String, String> names;

	/** @param names the name of an area by its key */
	Panels(int threshold, Function<String, String> names) {
		this.threshold = threshold;
		this.names = names;
	}

	CountyDashboard.Panel panel(Info info, List<Fact> facts, String county, List<String> memberKeys) {
		List<Period> periods = new ArrayList<>(new TreeSet<>(facts.stream().map(Fact::period).toList()));
		Map<String, Integer> column = new HashMap<>();
		for (int i = 0; i < periods.size(); i++) {
			column.put(periods.get(i).toString(), i);
		}
		Map<String, Integer> memberRow = new HashMap<>();
		for (int i = 0; i < memberKeys.size(); i++) {
			memberRow.put(memberKeys.get(i), i);
		}
		Fact[][] grid = new Fact[memberKeys.size()][periods.size()];
		Fact[] own = new Fact[periods.size()];
		Map<String, Fact[]> references = new HashMap<>();
		for (Fact f : facts) {
			int c = column.get(f.period().toString());
			Integer r = memberRow.get(f.area());
			if (r != null) {
				grid[r][c] = f;
			}
			else if (f.area().equals(county)) {
				own[c] = f;
			}
			else {
				references.computeIfAbsent(f.area(), k -> new Fact[periods.size()])[c] = f;
			}
		}
		Long[][] cases = new Long[memberKeys.size()][periods.size()];
		for (int r = 0; r < grid.length; r++) {
			for (int c = 0; c < periods.size(); c++) {
				cases[r][c] = cases(info, grid[r][c]);
			}
		}
		boolean published = info.kind() != IndicatorKind.OTHER;
		Suppression.Result hidden = new Suppression(threshold).apply(cases, periods.size(), published, false);
		List<CountyDashboard.Total> totals = new ArrayList<>();
		for (int c = 0; c < periods.size(); c++) {
			totals.add(total(info, grid, c, published && hidden.columnTotals()[c]));
		}
		List<CountyDashboard.Row> rows = new ArrayList<>();
		for (int r = 0; r < memberKeys.size(); r++) {
			List<CountyDashboard.Cell> cells = new ArrayList<>();
			for (int c = 0; c < periods.size(); c++) {
				cells.add(hidden.cell(r, c) ? new CountyDashboard.Cell(null, null, true) : cell(grid[r][c]));
			}
			rows.add(new CountyDashboard.Row(memberKeys.get(r), names.apply(memberKeys.get(r)), cells));
		}
		List<CountyDashboard.Row> comparison = new ArrayList<>();
		if (!references.isEmpty()) {
			references.put(county, own);
			references.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(e -> comparison.add(new CountyDashboard.Row(e.getKey(), names.apply(e.getKey()),
						Arrays.stream(e.getValue()).map(Panels::cell).toList())));
		}
		return new CountyDashboard.Panel(info.code(), info.name(), info.nameEn(), info.unit(), info.kind(),
				info.direction(), info.operational(), periods.stream().map(Period::toString).toList(), totals,
				Arrays.stream(own).map(Panels::cell).toList(), rows, comparison);
	}

	/** The people behind a value: as recorded; else a count's value, a rate's numerator; else unknown. */
	static Long cases(Info info, Fact f) {
		if (f == null || f.value() == null) {
			return null;
		}
		if (f.cases() != null) {
			return f.cases().longValue();
		}
		if (info.operational()) {
			return null;
		}
		if (info.kind() == IndicatorKind.COUNT) {
			return f.value().setScale(0, RoundingMode.HALF_UP).longValue();
		}
		if (info.kind() == IndicatorKind.RATE && f.numerator() != null) {
			return f.numerator().setScale(0, RoundingMode.HALF_UP).longValue();
		}
		return null;
	}

	private static CountyDashboard.Total total(Info info, Fact[][] grid, int c, boolean suppressed) {
		int reporting = 0;
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal numerators = BigDecimal.ZERO;
		BigDecimal denominators = BigDecimal.ZERO;
		boolean rateComputable = true;
		for (Fact[] row : grid) {
			Fact f = row[c];
			if (f == null || f.value() == null) {
				continue;
			}
			reporting++;
			sum = sum.add(f.value());
			if (f.numerator() == null || f.denominator() == null) {
				rateComputable = false;
			}
			else {
				numerators = numerators.add(f.numerator());
				denominators = denominators.add(f.denominator());
			}
		}
		if (suppressed || reporting == 0 || info.kind() == IndicatorKind.OTHER) {
			return new CountyDashboard.Total(null, suppressed, reporting);
		}
		if (info.kind() == IndicatorKind.COUNT) {
			return new CountyDashboard.Total(sum, false, reporting);
		}
		if (!rateComputable || denominators.signum() == 0) {
			return new CountyDashboard.Total(null, false, reporting);
		}
		BigDecimal rate = numerators.multiply(BigDecimal.valueOf(info.scale()))
			.divide(denominators, MathContext.DECIMAL64)
			.setScale(6, RoundingMode.HALF_UP);
		return new CountyDashboard.Total(rate, false, reporting);
	}

	private static CountyDashboard.Cell cell(Fact f) {
		return f == null ? CountyDashboard.Cell.NONE : new CountyDashboard.Cell(f.value(), f.marker(), false);
	}

}

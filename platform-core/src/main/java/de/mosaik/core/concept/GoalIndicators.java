package de.mosaik.core.concept;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.mosaik.core.concept.IndicatorReading.IndicatorTrend;
import de.mosaik.core.tenancy.CurrentTenant;

import org.springframework.stereotype.Component;

/** The tenant's indicator catalogue and its values for the council's own area, as goals see them. */
@Component
class GoalIndicators {

	private final LinkedSql sql;

	private final CurrentTenant tenant;

	GoalIndicators(LinkedSql sql, CurrentTenant tenant) {
		this.sql = sql;
		this.tenant = tenant;
	}

	/** The whole catalogue by code, to choose from. */
	List<IndicatorChoice> catalogue() {
		return sql.list("select code, name, unit from indicator order by lower(code)", List.of(),
				rs -> new IndicatorChoice(rs.getString("code"), rs.getString("name"), rs.getString("unit")));
	}

	/** The catalogue's spelling of each code given (matched without regard to case); unknown codes are missing. */
	Map<String, String> known(Collection<String> codes) {
		Map<String, String> result = new HashMap<>();
		if (codes.isEmpty()) {
			return result;
		}
		List<String> lower = codes.stream().map(String::toLowerCase).toList();
		sql.list("select code from indicator where lower(code) = any(?)", List.of(lower), rs -> rs.getString(1))
			.forEach(code -> result.put(code.toLowerCase(), code));
		return result;
	}

	/** Per code, the indicator with its two latest numeric values of one period type for the own area. */
	Map<String, IndicatorReading> readings(Collection<String> codes) {
		Map<String, IndicatorReading> result = new LinkedHashMap<>();
		if (codes.isEmpty()) {
			return result;
		}
		List<String> lower = codes.stream().map(String::toLowerCase).distinct().toList();
		Map<String, List<Point>> points = new HashMap<>();
		sql.list("""
				select lower(i.code) as code, v.period_type, v.period_start, v.value
				from indicator i join indicator_value v on v.indicator_id = i.id
				where lower(i.code) = any(?) and v.area = ? and v.value is not null
				order by v.period_start desc, v.period_type""", List.of(lower, tenant.require().value()),
				rs -> new Point(rs.getString("code"), rs.getString("period_type"),
						rs.getObject("period_start", LocalDate.class), rs.getBigDecimal("value")))
			.forEach(p -> points.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p));
		sql.list("select code, name, unit, direction from indicator where lower(code) = any(?) order by lower(code)",
				List.of(lower), rs -> new String[] { rs.getString("code"), rs.getString("name"), rs.getString("unit"),
						rs.getString("direction") })
			.forEach(i -> result.put(i[0], reading(i, points.getOrDefault(i[0].toLowerCase(), List.of()))));
		return result;
	}

	private static IndicatorReading reading(String[] indicator, List<Point> newestFirst) {
		Point latest = newestFirst.isEmpty() ? null : newestFirst.get(0);
		Point previous = latest == null ? null
				: newestFirst.stream().skip(1).filter(p -> p.type().equals(latest.type())).findFirst().orElse(null);
		BigDecimal latestValue = latest == null ? null : plain(latest.value());
		BigDecimal previousValue = previous == null ? null : plain(previous.value());
		IndicatorTrend trend = IndicatorReading.trend(indicator[3], latestValue, previousValue);
		return new IndicatorReading(indicator[0], indicator[1], indicator[2], indicator[3],
				latest == null ? null : latest.period(), latestValue, previous == null ? null : previous.period(),
				previousValue, trend);
	}

	/** 12.500000 as 12.5, 100.000000 as 100 (not 1E+2). */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private record Point(String code, String type, LocalDate start, BigDecimal value) {

		/** Written as monitoring writes periods: {@code 2025}, {@code 2025-Q3}, {@code 2025-07}. */
		String period() {
			return switch (type) {
				case "QUARTER" -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
				case "MONTH" -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
				default -> String.valueOf(start.getYear());
			};
		}
	}
}

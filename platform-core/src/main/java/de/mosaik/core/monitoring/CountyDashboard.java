package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A county's monitoring across its members for one period type: per indicator the members' values (small
 * numbers suppressed), their sum or rate per period, the county's own values and, where official data was
 * imported, the other districts of the Land.
 *
 * @param members how many members the county can read
 */
public record CountyDashboard(String county, PeriodType periodType, int threshold, int members, List<Panel> indicators) {

	/**
	 * One indicator.
	 *
	 * @param periods the periods with data, oldest first ({@code 2024}, {@code 2024-Q3}, {@code 2024-07})
	 * @param totals per period: the members' sum (COUNT) or rate (RATE); none for OTHER
	 * @param own per period: the county's own value
	 * @param members per member, per period
	 * @param comparison per district of the Land (the county's own row included), per period; empty without reference data
	 */
	public record Panel(String code, String name, String nameEn, String unit, IndicatorKind kind, Direction direction,
			boolean operational, List<String> periods, List<Total> totals, List<Cell> own, List<Row> members,
			List<Row> comparison) {

		public String name(String language) {
			return "en".equals(language) && nameEn != null ? nameEn : name;
		}

		/**
		 * How the members' total moved from the period before to the latest: 1 up, -1 down, 0 unchanged, null
		 * where either is not shown.
		 */
		public Integer change() {
			int last = totals.size() - 1;
			if (last < 1 || totals.get(last).value() == null || totals.get(last - 1).value() == null) {
				return null;
			}
			return totals.get(last).value().compareTo(totals.get(last - 1).value());
		}
	}

	/**
	 * @param value null when suppressed, not computable or no member reported
	 * @param reporting how many members have a number for the period
	 */
	public record Total(BigDecimal value, boolean suppressed, int reporting) {
	}

	/** A value, an official marker, or neither (no data); a suppressed cell shows neither. */
	public record Cell(BigDecimal value, String marker, boolean suppressed) {

		public static final Cell NONE = new Cell(null, null, false);

		public boolean empty() {
			return value == null && marker == null && !suppressed;
		}
	}

	/** An area's values per period. */
	public record Row(String area, String name, List<Cell> cells) {
	}

	public Panel panel(String code) {
		return indicators.stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst().orElse(null);
	}
}

package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's view across its members. Members are read only through the aggregate view each member
 * grants its county ({@code county_indicator_values}); the county's own role cannot touch a member's tables.
 * Indicators are matched by code: the standard catalogue's, and own ones the county defines too.
 */
@Service
public class CountyMonitoring {

	private final Indicators indicators;

	private final IndicatorValues values;

	private final AreaDirectory directory;

	private final List<OperationalCounts> operational;

	private final CurrentTenant tenant;

	private final int threshold;

	@PersistenceContext
	private EntityManager entityManager;

	CountyMonitoring(Indicators indicators, IndicatorValues values, AreaDirectory directory,
			List<OperationalCounts> operational, CurrentTenant tenant,
			@Value("${mosaik.monitoring.suppression-threshold:3}") int threshold) {
		this.indicators = indicators;
		this.values = values;
		this.directory = directory;
		this.operational = operational;
		this.tenant = tenant;
		this.threshold = threshold;
	}

	public int threshold() {
		return threshold;
	}

	/** The members whose aggregates this county may read: their schemas are granted to its role. */
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public List<TenantKey> members() {
		String county = tenant.require().value();
		List<String> schemas = entityManager
			.createNativeQuery("select nspname from pg_namespace where nspname like 't\\_" + county
					+ "___' and has_schema_privilege(nspname, 'USAGE') order by nspname")
			.getResultList();
		return schemas.stream().map(s -> new TenantKey(s.substring(2))).toList();
	}

	@Transactional(readOnly = true)
	public CountyDashboard dashboard(PeriodType periodType) {
		TenantKey county = tenant.require();
		List<TenantKey> members = members();
		Map<String, Info> catalogue = catalogue();
		List<Fact> facts = new ArrayList<>(memberFacts(members, periodType));
		for (IndicatorValue v : values.findByPeriodType(periodType)) {
			facts.add(new Fact(v.getIndicatorCode(), v.getArea(), v.period(), v.getValue(), v.getMarker(),
					v.getNumerator(), v.getDenominator(), v.getCases()));
		}
		OperationalCounts.Scope scope = new OperationalCounts.Scope(county, members, periodType);
		for (OperationalCounts counts : operational) {
			for (OperationalCounts.OperationalCount c : counts.counts(scope)) {
				facts.add(new Fact(c.indicatorCode(), c.area(), c.period(), BigDecimal.valueOf(c.count()), null, null,
						null, c.cases()));
			}
		}
		Map<String, List<Fact>> byCode = new LinkedHashMap<>();
		for (Fact f : facts) {
			if (f.code() != null && catalogue.containsKey(f.code().toLowerCase(Locale.ROOT))) {
				byCode.computeIfAbsent(f.code().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
			}
		}
		List<String> memberKeys = members.stream().map(TenantKey::value).toList();
		List<CountyDashboard.Panel> panels = new ArrayList<>();
		byCode.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> panels.add(panel(catalogue.get(e.getKey()), e.getValue(), county.value(), memberKeys)));
		return new CountyDashboard(county.value(), periodType, threshold, members.size(), panels);
	}

	/** What the county knows of an indicator, from its catalogue or a feature's operational counts. */
	record Info(String code, String name, String nameEn, String unit, IndicatorKind kind, Integer scale,
			Direction direction, boolean operational) {
	}

	/** One value of some area, from wherever it came. */
	record Fact(String code, String area, Period period, BigDecimal value, String marker, BigDecimal numerator,
			BigDecimal denominator, Integer cases) {
	}

	private Map<String, Info> catalogue() {
		Map<String, Info> catalogue = new HashMap<>();
		for (Indicator i : indicators.findAll()) {
			catalogue.put(i.getCode().toLowerCase(Locale.ROOT), new Info(i.getCode(), i.getName(), i.getNameEn(),
					i.getUnit(), i.getKind(), i.getScale(), i.getDirection(), false));
		}
		for (OperationalCounts counts : operational) {
			for (OperationalCounts.OperationalIndicator i : counts.indicators()) {
				catalogue.putIfAbsent(i.code().toLowerCase(Locale.ROOT), new Info(i.code(), i.name(), i.nameEn(),
						i.unit(), IndicatorKind.COUNT, null, Direction.NEUTRAL, true));
			}
		}
		return catalogue;
	}

	/** All members' aggregates in one statement; schema names are built from tenant keys, which are digits only. */
	@SuppressWarnings("unchecked")
	private List<Fact> memberFacts(List<TenantKey> members, PeriodType periodType) {
		if (members.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder();
		for (TenantKey member : members) {
			if (!sql.isEmpty()) {
				sql.append(" union all ");
			}
			sql.append("select indicator_code, area, period_start, value, marker, numerator, denominator, cases from ")
				.append(member.schemaName())
				.append(".county_indicator_values where period_type = '")
				.append(periodType.name())
				.append("' and area = '")
				.append(member.value())
				.append("'");
		}
		List<Object[]> rows = entityManager.createNativeQuery(sql.toString()).getResultList();
		List<Fact> facts = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			facts.add(new Fact((String) r[0], (String) r[1], new Period(periodType, date(r[2])), (BigDecimal) r[3],
					(String) r[4], (BigDecimal) r[5], (BigDecimal) r[6], r[7] == null ? null : ((Number) r[7]).intValue()));
		}
		return facts;
	}

	private CountyDashboard.Panel panel(Info info, List<Fact> facts, String county, List<String> memberKeys) {
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
			rows.add(new CountyDashboard.Row(memberKeys.get(r), name(memberKeys.get(r)), cells));
		}
		List<CountyDashboard.Row> comparison = new ArrayList<>();
		if (!references.isEmpty()) {
			references.put(county, own);
			references.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(e -> comparison.add(new CountyDashboard.Row(e.getKey(), name(e.getKey()),
						java.util.Arrays.stream(e.getValue()).map(CountyMonitoring::cell).toList())));
		}
		return new CountyDashboard.Panel(info.code(), info.name(), info.nameEn(), info.unit(), info.kind(),
				info.direction(), info.operational(), periods.stream().map(Period::toString).toList(), totals,
				java.util.Arrays.stream(own).map(CountyMonitoring::cell).toList(), rows, comparison);
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

	private String name(String key) {
		return directory.find(key).map(AreaDirectory.Area::name).orElse(key);
	}

	private static LocalDate date(Object value) {
		if (value instanceof LocalDate d) {
			return d;
		}
		return ((Date) value).toLocalDate();
	}
}

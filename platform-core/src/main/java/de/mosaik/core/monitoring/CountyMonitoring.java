package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
		Map<String, Panels.Info> catalogue = catalogue();
		List<Panels.Fact> facts = new ArrayList<>(memberFacts(members, periodType));
		for (IndicatorValue v : values.findByPeriodType(periodType)) {
			facts.add(new Panels.Fact(v.getIndicatorCode(), v.getArea(), v.period(), v.getValue(), v.getMarker(),
					v.getNumerator(), v.getDenominator(), v.getCases()));
		}
		OperationalCounts.Scope scope = new OperationalCounts.Scope(county, members, periodType);
		for (OperationalCounts counts : operational) {
			for (OperationalCounts.OperationalCount c : counts.counts(scope)) {
				facts.add(new Panels.Fact(c.indicatorCode(), c.area(), c.period(), BigDecimal.valueOf(c.count()), null, null,
						null, c.cases()));
			}
		}
		Map<String, List<Panels.Fact>> byCode = new LinkedHashMap<>();
		for (Panels.Fact f : facts) {
			if (f.code() != null && catalogue.containsKey(f.code().toLowerCase(Locale.ROOT))) {
				byCode.computeIfAbsent(f.code().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
			}
		}
		List<String> memberKeys = members.stream().map(TenantKey::value).toList();
		Panels builder = new Panels(threshold, this::name);
		List<CountyDashboard.Panel> panels = new ArrayList<>();
		byCode.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> panels.add(builder.panel(catalogue.get(e.getKey()), e.getValue(), county.value(), memberKeys)));
		return new CountyDashboard(county.value(), periodType, threshold, members.size(), panels);
	}

	private Map<String, Panels.Info> catalogue() {
		Map<String, Panels.Info> catalogue = new HashMap<>();
		for (Indicator i : indicators.findAll()) {
			catalogue.put(i.getCode().toLowerCase(Locale.ROOT), new Panels.Info(i.getCode(), i.getName(), i.getNameEn(),
					i.getUnit(), i.getKind(), i.getScale(), i.getDirection(), false));
		}
		for (OperationalCounts counts : operational) {
			for (OperationalCounts.OperationalIndicator i : counts.indicators()) {
				catalogue.putIfAbsent(i.code().toLowerCase(Locale.ROOT), new Panels.Info(i.code(), i.name(), i.nameEn(),
						i.unit(), IndicatorKind.COUNT, null, Direction.NEUTRAL, true));
			}
		}
		return catalogue;
	}

	/** All members' aggregates in one statement; schema names are built from tenant keys, which are digits only. */
	@SuppressWarnings("unchecked")
	private List<Panels.Fact> memberFacts(List<TenantKey> members, PeriodType periodType) {
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
		List<Panels.Fact> facts = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			facts.add(new Panels.Fact((String) r[0], (String) r[1], new Period(periodType, date(r[2])), (BigDecimal) r[3],
					(String) r[4], (BigDecimal) r[5], (BigDecimal) r[6], r[7] == null ? null : ((Number) r[7]).intValue()));
		}
		return facts;
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

package de.mosaik.core.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.mosaik.core.tenancy.TenantKey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * The partner network in monitoring: organisations serving an area, by type, counted today, read from the
 * view {@code county_partner_counts} that the network feature keeps in every tenant schema. A tenant
 * counts its own organisations for its own area; a county reads each member's counts through the
 * member's {@code county_partner_counts} view, never its organisations.
 */
@Component
class PartnerCounts implements OperationalCounts {

	static final String TOTAL = "OP-PARTNERS";

	/** The standard types; organisations of a tenant's own types count in the total only. */
	static final Map<String, String[]> TYPES = Map.of(
			"traeger", new String[] { "Träger", "Providers" },
			"beratungsstelle", new String[] { "Beratungsstellen", "Counselling services" },
			"migrantenorganisation", new String[] { "Migrantenorganisationen", "Migrant organisations" },
			"verein", new String[] { "Vereine", "Associations" },
			"unternehmen", new String[] { "Unternehmen", "Companies" },
			"behoerde", new String[] { "Behörden", "Authorities" },
			"schule", new String[] { "Schulen", "Schools" },
			"religionsgemeinschaft", new String[] { "Religionsgemeinschaften", "Religious communities" },
			"sonstige", new String[] { "Sonstige Organisationen", "Other organisations" });

	@PersistenceContext
	private EntityManager entityManager;

	private final Clock clock;

	PartnerCounts(Clock clock) {
		this.clock = clock;
	}

	@Override
	public List<OperationalIndicator> indicators() {
		List<OperationalIndicator> indicators = new ArrayList<>();
		indicators.add(new OperationalIndicator(TOTAL, "Partnerorganisationen im Netzwerk", "Partner organisations in the network",
				"Anzahl"));
		TYPES.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(t -> indicators.add(new OperationalIndicator(code(t.getKey()), "Partnerorganisationen: " + t.getValue()[0],
					"Partner organisations: " + t.getValue()[1], "Anzahl")));
		return indicators;
	}

	/**
	 * All areas in one statement (a county with hundreds of members would otherwise wait for as many round
	 * trips); schema names and keys are built from tenant keys, which are digits only.
	 */
	@Override
	public List<OperationalCount> counts(Scope scope) {
		Period today = Period.containing(scope.periodType(), LocalDate.now(clock));
		List<TenantKey> areas = new ArrayList<>();
		areas.add(scope.tenant());
		areas.addAll(scope.members());
		StringBuilder sql = new StringBuilder();
		for (TenantKey area : areas) {
			if (!sql.isEmpty()) {
				sql.append(" union all ");
			}
			String view = (area.equals(scope.tenant()) ? "" : area.schemaName() + ".") + "county_partner_counts";
			sql.append("select '")
				.append(area.value())
				.append("', organisation_type, organisations from ")
				.append(view)
				.append(" where area_ags = '")
				.append(area.value())
				.append("'");
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = entityManager.createNativeQuery(sql.toString()).getResultList();
		Map<String, List<Object[]>> byArea = new java.util.HashMap<>();
		rows.forEach(row -> byArea.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row));
		List<OperationalCount> counts = new ArrayList<>();
		for (TenantKey area : areas) {
			counts.addAll(countsOf(area, byArea.getOrDefault(area.value(), List.of()), today));
		}
		return counts;
	}

	/** The area's organisations by type, and all of them. */
	private static List<OperationalCount> countsOf(TenantKey area, List<Object[]> rows, Period period) {
		List<OperationalCount> counts = new ArrayList<>();
		long total = 0;
		for (Object[] row : rows) {
			long count = ((Number) row[2]).longValue();
			total += count;
			String type = (String) row[1];
			if (TYPES.containsKey(type)) {
				counts.add(new OperationalCount(code(type), area.value(), period, count, null));
			}
		}
		counts.add(new OperationalCount(TOTAL, area.value(), period, total, null));
		return counts;
	}

	static String code(String type) {
		return TOTAL + "-" + type.toUpperCase(Locale.ROOT);
	}
}

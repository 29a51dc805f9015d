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

	@Override
	public List<OperationalCount> counts(Scope scope) {
		Period today = Period.containing(scope.periodType(), LocalDate.now(clock));
		List<OperationalCount> counts = new ArrayList<>(countsOf(scope.tenant(), null, today));
		for (TenantKey member : scope.members()) {
			counts.addAll(countsOf(member, member.schemaName(), today));
		}
		return counts;
	}

	/** The area's organisations by type; {@code schema} null for the tenant's own. */
	private List<OperationalCount> countsOf(TenantKey area, String schema, Period period) {
		String view = (schema == null ? "" : schema + ".") + "county_partner_counts";
		@SuppressWarnings("unchecked")
		List<Object[]> rows = entityManager
			.createNativeQuery("select organisation_type, organisations from " + view + " where area_ags = ?1")
			.setParameter(1, area.value())
			.getResultList();
		List<OperationalCount> counts = new ArrayList<>();
		long total = 0;
		for (Object[] row : rows) {
			long count = ((Number) row[1]).longValue();
			total += count;
			String type = (String) row[0];
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

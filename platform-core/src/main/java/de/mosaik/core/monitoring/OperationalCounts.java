package de.mosaik.core.monitoring;

import java.util.List;

import de.mosaik.core.tenancy.TenantKey;

/**
 * What a feature contributes to monitoring from its own records (e.g. the partner network: organisations
 * by type and area). A feature implements this as a Spring bean; monitoring asks every bean when it builds
 * a dashboard and shows the counts beside the indicator values, summed and suppressed like them. A feature
 * publishes {@link de.mosaik.core.shared.MonitoringChanged} for the tenant whose counts changed, so that its county's cached
 * dashboard is dropped.
 */
public interface OperationalCounts {

	/** The indicators this feature counts. Codes should carry the feature's prefix, e.g. {@code OP-PARTNERS-TRAEGER}. */
	List<OperationalIndicator> indicators();

	/**
	 * The counts for the scope, inside the tenant's read-only transaction on the tenant's connection: for the
	 * tenant's own area, and for a county also for each member, read through views the member grants its
	 * county ({@code t_<member>.county_*}); never a member's tables.
	 */
	List<OperationalCount> counts(Scope scope);

	/** An indicator a feature counts; counts are summed across areas. */
	record OperationalIndicator(String code, String name, String nameEn, String unit) {
	}

	/**
	 * @param tenant the tenant whose dashboard is built
	 * @param members for a county, the members whose {@code county_*} views it may read; empty otherwise
	 */
	record Scope(TenantKey tenant, List<TenantKey> members, PeriodType periodType) {
	}

	/**
	 * @param area the tenant's or a member's key
	 * @param cases how many people the count is about, for the suppression; null when it is not about people
	 * (e.g. organisations)
	 */
	record OperationalCount(String indicatorCode, String area, Period period, long count, Integer cases) {
	}
}

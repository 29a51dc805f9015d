package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One indicator of a county's dashboard, from the values of the county, its members and the Land's districts. */
class PanelsTest {

	static final String COUNTY = "03361";

	static final List<String> MEMBERS = List.of("03361001", "03361002", "03361003");

	final Panels panels = new Panels(3, key -> "Name " + key);

	static Panels.Info info(IndicatorKind kind, Integer scale) {
		return new Panels.Info("X", "Indikator", null, "Anzahl", kind, scale, Direction.NEUTRAL, false);
	}

	static Panels.Fact fact(String area, String period, Integer value, Integer numerator, Integer denominator) {
		return new Panels.Fact("X", area, Period.parse(period), value == null ? null : BigDecimal.valueOf(value),
				value == null ? "." : null, numerator == null ? null : BigDecimal.valueOf(numerator),
				denominator == null ? null : BigDecimal.valueOf(denominator), null);
	}

	@Test
	void countsAreSummedPerPeriodAndTheCountysOwnValueStandsApart() {
		List<Panels.Fact> facts = new ArrayList<>(List.of(fact("03361001", "2024", 40, null, null),
				fact("03361002", "2024", 50, null, null), fact("03361003", "2023", 30, null, null),
				fact(COUNTY, "2024", 95, null, null)));
		CountyDashboard.Panel panel = panels.panel(info(IndicatorKind.COUNT, null), facts, COUNTY, MEMBERS);
		assertThat(panel.periods()).containsExactly("2023", "2024");
		assertThat(panel.totals().get(1).value()).isEqualByComparingTo("90");
		assertThat(panel.totals().get(1).reporting()).isEqualTo(2);
		assertThat(panel.own().get(1).value()).isEqualByComparingTo("95");
		assertThat(panel.own().get(0).empty()).isTrue();
		assertThat(panel.members()).extracting(CountyDashboard.Row::name)
			.containsExactly("Name 03361001", "Name 03361002", "Name 03361003");
		assertThat(panel.comparison()).as("no reference values, no comparison").isEmpty();
		assertThat(panel.change()).as("2023: 30, 2024: 90").isEqualTo(1);
	}

	@Test
	void aRateIsCombinedFromNumeratorsAndDenominatorsAndNotAtAllWhenAMemberGaveOnlyItsRate() {
		CountyDashboard.Panel complete = panels.panel(info(IndicatorKind.RATE, 100),
				List.of(fact("03361001", "2024", 10, 100, 1000), fact("03361002", "2024", 20, 40, 200)), COUNTY, MEMBERS);
		assertThat(complete.totals().get(0).value()).as("140 / 1200 × 100").isEqualByComparingTo("11.666667");
		CountyDashboard.Panel partial = panels.panel(info(IndicatorKind.RATE, 100),
				List.of(fact("03361001", "2024", 10, 100, 1000), fact("03361002", "2024", 20, null, null)), COUNTY, MEMBERS);
		assertThat(partial.totals().get(0).value()).isNull();
		assertThat(partial.totals().get(0).suppressed()).isFalse();
		assertThat(partial.totals().get(0).reporting()).isEqualTo(2);
	}

	@Test
	void otherValuesAreShownPerMemberWithoutATotalAndMarkersStayMarkers() {
		CountyDashboard.Panel panel = panels.panel(info(IndicatorKind.OTHER, null),
				List.of(fact("03361001", "2024", 41, null, null), fact("03361002", "2024", null, null, null)), COUNTY,
				MEMBERS);
		assertThat(panel.totals().get(0).value()).isNull();
		assertThat(panel.members().get(1).cells().get(0).marker()).isEqualTo(".");
		assertThat(panel.members().get(0).cells().get(0).value()).isEqualByComparingTo("41");
	}

	@Test
	void smallCountsAreSuppressedWithTheirPartnerAndNeverLeaveThePanel() {
		CountyDashboard.Panel panel = panels.panel(info(IndicatorKind.COUNT, null),
				List.of(fact("03361001", "2024", 2, null, null), fact("03361002", "2024", 7, null, null),
						fact("03361003", "2024", 30, null, null)),
				COUNTY, MEMBERS);
		assertThat(panel.members().get(0).cells().get(0)).isEqualTo(new CountyDashboard.Cell(null, null, true));
		assertThat(panel.members().get(1).cells().get(0).suppressed()).isTrue();
		assertThat(panel.members().get(2).cells().get(0).value()).isEqualByComparingTo("30");
		assertThat(panel.totals().get(0).value()).isEqualByComparingTo("39");
	}

	@Test
	void operationalCountsWithoutPeopleAreNotSuppressed() {
		Panels.Info partners = new Panels.Info("OP", "Partner", null, "Anzahl", IndicatorKind.COUNT, null,
				Direction.NEUTRAL, true);
		CountyDashboard.Panel panel = panels.panel(partners,
				List.of(new Panels.Fact("OP", "03361001", Period.parse("2024"), BigDecimal.ONE, null, null, null, null)),
				COUNTY, MEMBERS);
		assertThat(panel.members().get(0).cells().get(0).value()).isEqualByComparingTo("1");
	}

	@Test
	void theComparisonListsTheLandsDistrictsWithTheCountyByKey() {
		CountyDashboard.Panel panel = panels.panel(info(IndicatorKind.COUNT, null),
				List.of(fact("03404", "2024", 500, null, null), fact("03101", "2024", 700, null, null),
						fact(COUNTY, "2024", 600, null, null)),
				COUNTY, MEMBERS);
		assertThat(panel.comparison()).extracting(CountyDashboard.Row::area).containsExactly("03101", COUNTY, "03404");
		assertThat(panel.comparison().get(1).cells().get(0).value()).isEqualByComparingTo("600");
		assertThat(panel.totals().get(0).reporting()).as("no member reported").isZero();
	}
}

package de.mosaik.web.demo;

import java.util.List;

import de.mosaik.core.network.DirectoryEntry;
import de.mosaik.core.network.DirectoryFilter;
import de.mosaik.core.network.DirectoryService;
import de.mosaik.core.network.Source;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's network, seeded into councils of this class's own (Landkreis Schmalkalden-Meiningen,
 * 16066, with Belrieth 16066005 and Birx 16066012) rather than the demo county: shared county entries
 * every member sees, one private partner, and nothing twice on a second start.
 */
class DemoNetworkTest extends IntegrationTest {

	static final String COUNTY = "16066";

	static final String CITY = "16066005";

	static final String OTHER = "16066012";

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoNetwork demo;

	@Autowired
	DirectoryService directory;

	@Autowired
	CurrentTenant currentTenant;

	@Test
	void theDemoShowsSharedCountyEntriesAndAPrivatePartnerOnceEvenAfterARestart() {
		fixtures.council(CITY);
		fixtures.council(OTHER);
		demo.seed(COUNTY, CITY, List.of(CITY, OTHER));
		demo.seed(COUNTY, CITY, List.of(CITY, OTHER));

		List<DirectoryEntry> city = entries(CITY);
		assertThat(city).extracting(DirectoryEntry::name)
			.containsExactly("Ausländerbehörde Landkreis Göttingen", "Caritas Südniedersachsen – Migrationsberatung",
					"Jugendmigrationsdienst Göttingen", "Sprachcafé im Stadtteilzentrum Grone");
		assertThat(city).filteredOn(e -> e.source() == Source.OWN).extracting(DirectoryEntry::name)
			.containsExactly("Sprachcafé im Stadtteilzentrum Grone");
		assertThat(entries(OTHER)).extracting(DirectoryEntry::source).containsOnly(Source.COUNTY).hasSize(3);
		assertThat(currentTenant.callAs(new TenantKey(OTHER), directory::countyWorkingGroups))
			.singleElement()
			.satisfies(g -> assertThat(g.members()).hasSize(3));
	}

	private List<DirectoryEntry> entries(String ags) {
		return currentTenant.callAs(new TenantKey(ags), () -> directory
			.search(DirectoryFilter.none(), PageRequest.of(0, 50, Sort.by("name")))
			.getContent());
	}
}

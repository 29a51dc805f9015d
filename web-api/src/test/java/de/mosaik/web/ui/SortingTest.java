package de.mosaik.web.ui;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

class SortingTest {

	static final Set<String> SORTABLE = Set.of("name", "shortName");

	@Test
	void aColumnLinkSortsUpwardsThenTurnsTheOrderRound() {
		Sorting byName = Sorting.parse("name", SORTABLE, "name");
		assertThat(byName.ariaSort("name")).isEqualTo("ascending");
		assertThat(byName.toggle("name")).isEqualTo("name,desc");
		assertThat(byName.toggle("shortName")).isEqualTo("shortName");
		Sorting down = Sorting.parse(byName.toggle("name"), SORTABLE, "name");
		assertThat(down.ariaSort("name")).isEqualTo("descending");
		assertThat(down.ariaSort("shortName")).isNull();
		assertThat(down.toggle("name")).isEqualTo("name");
		assertThat(down.sort("id")).isEqualTo(Sort.by(Sort.Direction.DESC, "name").and(Sort.by("id")));
	}

	@Test
	void unknownPropertiesFallBackToTheDefault() {
		assertThat(Sorting.parse("password,desc", SORTABLE, "name")).isEqualTo(new Sorting("name", false));
		assertThat(Sorting.parse(null, SORTABLE, "name").param()).isEqualTo("name");
	}
}

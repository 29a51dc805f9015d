package de.mosaik.core.tenancy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantKeyTest {

	@Test
	void aCountyAndAMunicipalityKeyNameTheirSchemaAndRole() {
		assertThat(new TenantKey("03159").schemaName()).isEqualTo("t_03159");
		assertThat(new TenantKey("03159016").schemaName()).isEqualTo("t_03159016");
		assertThat(new TenantKey("03159016").roleName("mosaik_")).isEqualTo("mosaik_t_03159016");
	}

	@Test
	void onlyFiveOrEightDigitsAreAKey() {
		for (String bad : new String[] { null, "", "0315", "031590", "0315901a", "03159016; drop schema platform",
				"031590160" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new TenantKey(bad));
			assertThat(TenantKey.isWellFormed(bad)).isFalse();
		}
	}
}

package de.mosaik.web.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A brand-new tenant is provisioned by the script Liquibase wrote for the changelog; an existing schema
 * by Liquibase itself. Both must end in the same schema, and Liquibase must find nothing left to do.
 */
class ProvisioningScriptTest extends IntegrationTest {

	static final String SCRIPTED = "10041100";

	static final String BY_LIQUIBASE = "10041511";

	@Autowired
	Fixtures fixtures;

	@Autowired
	TenantSchemas schemas;

	@Autowired
	DataSource dataSource;

	@Test
	void scriptAndLiquibaseBuildTheSameSchemaAndLiquibaseFindsNothingToDo() throws Exception {
		fixtures.council("10041");
		fixtures.council(SCRIPTED);
		execute("create schema t_" + BY_LIQUIBASE); // not brand-new: provisioning runs Liquibase
		fixtures.council(BY_LIQUIBASE);

		String columns = "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
				+ "from information_schema.columns where table_schema = '%s' order by 1";
		assertThat(rows(columns.formatted("t_" + SCRIPTED))).isNotEmpty()
			.isEqualTo(rows(columns.formatted("t_" + BY_LIQUIBASE)));
		String indexes = "select indexname || ' ' || replace(indexdef, '%1$s', 'x') from pg_indexes where schemaname = '%1$s' order by 1";
		assertThat(rows(indexes.formatted("t_" + SCRIPTED))).isEqualTo(rows(indexes.formatted("t_" + BY_LIQUIBASE)));
		String changelog = "select id || ' ' || author || ' ' || filename || ' ' || md5sum || ' ' || orderexecuted "
				+ "from t_%s.databasechangelog order by orderexecuted";
		List<String> applied = rows(changelog.formatted(SCRIPTED));
		assertThat(applied).hasSizeGreaterThanOrEqualTo(2).isEqualTo(rows(changelog.formatted(BY_LIQUIBASE)));
		assertThat(rows("select locked::text from t_" + SCRIPTED + ".databasechangeloglock")).containsExactly("false");
		assertThat(rows("select name from t_" + SCRIPTED + ".department order by name"))
			.containsExactly("Hauptamt", "Jugendamt", "Ordnungsamt", "Sozialamt");

		schemas.migrate(new TenantKey(SCRIPTED));
		assertThat(rows(changelog.formatted(SCRIPTED))).isEqualTo(applied);
		assertThat(rows("select count(*)::text from t_" + SCRIPTED + ".department")).containsExactly("4");
	}

	private void execute(String statement) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
	}

	private List<String> rows(String query) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery(query)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}
}

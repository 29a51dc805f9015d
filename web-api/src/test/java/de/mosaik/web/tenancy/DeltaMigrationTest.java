package de.mosaik.web.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.core.tenancy.TenantChangelog;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.infra.testing.TestDatabase;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.mosaik.web.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release's new changesets reach schemas at the previous version as one script that Liquibase wrote
 * once for that version, run in one transaction per schema, and end in the same schema as Liquibase proper, which
 * then finds nothing left to do. Schemas: Landkreis Peine's members (03157).
 */
class DeltaMigrationTest extends IntegrationTest {

	static final List<String> BY_SCRIPT = List.of("03157001", "03157002");

	static final String BY_LIQUIBASE = "03157003";

	@Autowired
	TenantSchemas schemas;

	@Autowired
	DataSource dataSource;

	@Test
	void schemasAtThePreviousVersionGetTheSameSchemaByOneScriptInOneTransaction() throws Exception {
		DatabaseChangeLog changelog = parse();
		List<ChangeSet> previous = changelog.getChangeSets().subList(0, changelog.getChangeSets().size() - 1);
		String previousVersion = previous.size() + ":" + previous.get(previous.size() - 1).getId();
		for (String ags : List.of(BY_SCRIPT.get(0), BY_SCRIPT.get(1), BY_LIQUIBASE)) {
			atVersion(ags, changelog, previous);
		}

		for (String ags : BY_SCRIPT) {
			assertThat(schemas.migrate(new TenantKey(ags), previousVersion)).isEqualTo(schemas.targetVersion());
		}
		assertThat(schemas.migrate(new TenantKey(BY_LIQUIBASE))).isEqualTo(schemas.targetVersion());

		String columns = "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
				+ "from information_schema.columns where table_schema = '%s' order by 1";
		String indexes = "select indexname || ' ' || replace(indexdef, '%1$s', 'x') from pg_indexes where schemaname = '%1$s' order by 1";
		String changes = "select id || ' ' || author || ' ' || filename || ' ' || md5sum || ' ' || orderexecuted "
				+ "from t_%s.databasechangelog order by orderexecuted";
		for (String ags : BY_SCRIPT) {
			assertThat(rows(columns.formatted("t_" + ags))).isNotEmpty().isEqualTo(rows(columns.formatted("t_" + BY_LIQUIBASE)));
			assertThat(rows(indexes.formatted("t_" + ags))).isEqualTo(rows(indexes.formatted("t_" + BY_LIQUIBASE)));
			assertThat(rows(changes.formatted(ags))).hasSize(changelog.getChangeSets().size())
				.isEqualTo(rows(changes.formatted(BY_LIQUIBASE)));
			assertThat(rows("select locked::text from t_" + ags + ".databasechangeloglock")).containsExactly("false");
		}
		// the script is one transaction: Liquibase's lock and release and the new changeset's record commit together,
		// where Liquibase proper commits lock, changeset and release one by one
		String oneTransaction = "select ((select xmin from t_%1$s.databasechangeloglock) = "
				+ "(select xmin from t_%1$s.databasechangelog order by orderexecuted desc limit 1))::text";
		for (String ags : BY_SCRIPT) {
			assertThat(rows(oneTransaction.formatted(ags))).containsExactly("true");
		}
		assertThat(rows(oneTransaction.formatted(BY_LIQUIBASE))).containsExactly("false");

		List<String> applied = rows(changes.formatted(BY_SCRIPT.get(0)));
		schemas.migrate(new TenantKey(BY_SCRIPT.get(0)));
		assertThat(rows(changes.formatted(BY_SCRIPT.get(0)))).as("Liquibase finds nothing left to do").isEqualTo(applied);
		// a version this changelog does not have is left to Liquibase proper
		assertThat(schemas.migrate(new TenantKey(BY_SCRIPT.get(1)), "3:not-a-changeset")).isEqualTo(schemas.targetVersion());
	}

	/** A schema (and its role) as the previous release left it, by Liquibase with the changelog minus its last changeset. */
	private void atVersion(String ags, DatabaseChangeLog changelog, List<ChangeSet> changeSets) throws Exception {
		String schema = "t_" + ags;
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute("create schema " + schema);
			sql.execute("create role " + new TenantKey(ags).roleName(TestDatabase.get().rolePrefix()) + " nologin");
			Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
			database.setDefaultSchemaName(schema);
			database.setLiquibaseSchemaName(schema);
			DatabaseChangeLog base = new DatabaseChangeLog(changelog.getPhysicalFilePath());
			changeSets.forEach(base::addChangeSet);
			Scope.child(Map.of("liquibase.analytics.enabled", false), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
				.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
				.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, TenantChangelog.LOCATION)
				.addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, base)
				.execute());
			c.setSchema("platform");
		}
	}

	private static DatabaseChangeLog parse() throws Exception {
		ResourceAccessor resources = new ClassLoaderResourceAccessor();
		return Scope.child(Map.of("liquibase.analytics.enabled", false, Scope.Attr.resourceAccessor.name(), resources),
				() -> ChangeLogParserFactory.getInstance()
					.getParser(TenantChangelog.LOCATION, resources)
					.parse(TenantChangelog.LOCATION, new ChangeLogParameters(), resources));
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

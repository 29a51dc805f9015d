package de.mosaik.infra.liquibase;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant changelog as the SQL that Liquibase itself writes (its {@code update-sql}), including its
 * changelog and lock tables and their rows, generated once per process: for an empty schema (the whole
 * changelog, run by every brand-new tenant in one transaction) or for a schema that has the first
 * {@code n} changesets (the delta, run by every existing tenant at that version in one transaction).
 * Either costs about what the bare DDL costs; Liquibase proper then finds every changeset recorded and
 * has nothing to do.
 */
final class ProvisioningScript {

	private static final Logger log = LoggerFactory.getLogger(ProvisioningScript.class);

	private final String template;

	private final String sql;

	private ProvisioningScript(String template, String sql) {
		this.template = template;
		this.sql = sql;
	}

	String forSchema(String schema) {
		return sql.replace(template, schema);
	}

	/** @return the script, or {@code null} when it cannot be made (provisioning then runs Liquibase) */
	static ProvisioningScript generate(DataSource dataSource, DatabaseChangeLog changelog, Map<String, Object> scope) {
		return generate(dataSource, changelog, 0, scope);
	}

	/**
	 * The script from a schema that has the first {@code applied} changesets of the changelog to all of them.
	 * @return the script, or {@code null} when it cannot be made (the caller then runs Liquibase)
	 */
	static ProvisioningScript generate(DataSource dataSource, DatabaseChangeLog changelog, int applied,
			Map<String, Object> scope) {
		String template = "mosaik_tpl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE SCHEMA " + template);
				Database database = DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(connection));
				database.setDefaultSchemaName(template);
				database.setLiquibaseSchemaName(template);
				if (applied > 0) {
					DatabaseChangeLog base = new DatabaseChangeLog(changelog.getPhysicalFilePath());
					changelog.getChangeSets().subList(0, applied).forEach(base::addChangeSet);
					Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
						.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
						.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog.getPhysicalFilePath())
						.addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, base)
						.execute());
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				Scope.child(scope, () -> new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
					.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
					.addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, changelog.getPhysicalFilePath())
					.addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, changelog)
					.setOutput(out)
					.execute());
				String sql = out.toString(StandardCharsets.UTF_8)
					.lines()
					.filter(line -> !line.toUpperCase(Locale.ROOT).startsWith("SET SEARCH_PATH"))
					.collect(Collectors.joining("\n"));
				return new ProvisioningScript(template, sql);
			}
			finally {
				try (Statement statement = connection.createStatement()) {
					statement.execute("DROP SCHEMA IF EXISTS " + template + " CASCADE");
				}
				connection.setSchema(LiquibaseConfiguration.PLATFORM_SCHEMA);
			}
		}
		catch (Exception ex) {
			log.warn("No script from {} changesets on: Liquibase runs directly", applied, ex);
			return null;
		}
	}
}

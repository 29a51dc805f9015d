package de.mosaik.infra.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.core.tenancy.TenantChangelog;
import de.mosaik.core.tenancy.TenantKey;

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
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tenant schemas with Liquibase. Each tenant schema holds its own changelog and lock tables (default
 * and Liquibase schema both set to it). The changelog is parsed once per process. Connections come
 * from the pool, which resets {@code search_path} when they return.
 */
public class LiquibaseTenantSchemas implements TenantSchemas {

	private final DataSource dataSource;

	private final String rolePrefix;

	private final ResourceAccessor resources;

	private final DatabaseChangeLog changelog;

	private final String targetVersion;

	private final CrossTenantGrants crossTenantGrants;

	private final String changelogLocation;

	/** Delta scripts by the number of changesets a schema has; empty where none could be made. */
	private final java.util.Map<Integer, java.util.Optional<ProvisioningScript>> deltas = new java.util.concurrent.ConcurrentHashMap<>();

	/** Made on the first provisioning, not at start: most starts provision nothing. */
	private volatile ProvisioningScript script;

	private volatile boolean scriptTried;

	public LiquibaseTenantSchemas(DataSource dataSource, String rolePrefix, ResourceLoader resourceLoader) {
		this(dataSource, rolePrefix, resourceLoader, TenantChangelog.LOCATION);
	}

	/** With another tenant changelog, e.g. one that includes the release's and adds changesets of its own. */
	public LiquibaseTenantSchemas(DataSource dataSource, String rolePrefix, ResourceLoader resourceLoader,
			String changelogLocation) {
		this.changelogLocation = changelogLocation;
		this.dataSource = dataSource;
		this.rolePrefix = rolePrefix;
		this.crossTenantGrants = new CrossTenantGrants(rolePrefix);
		this.resources = new SpringResourceAccessor(resourceLoader);
		this.changelog = parse();
		this.targetVersion = versionOf(changelog.getChangeSets());
	}

	private ProvisioningScript script() {
		if (!scriptTried) {
			synchronized (this) {
				if (!scriptTried) {
					script = ProvisioningScript.generate(dataSource, changelog, scope());
					scriptTried = true;
				}
			}
		}
		return script;
	}

	@Override
	public String targetVersion() {
		return targetVersion;
	}

	/**
	 * A brand-new schema is created inside the caller's transaction when there is one: schema, role,
	 * the changelog as one script and the grants commit together with the caller's own writes (the
	 * tenant's status), or not at all. An existing schema is brought up to date by Liquibase proper.
	 */
	@Override
	public String provision(TenantKey tenant) {
		ProvisioningScript script = TransactionSynchronizationManager.getResource(dataSource) != null ? script() : null;
		if (script != null) {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try (Statement sql = connection.createStatement()) {
				if (!schemaExists(sql, tenant.schemaName())) {
					createSchemaAndRole(sql, tenant);
					connection.setSchema(tenant.schemaName());
					try {
						sql.execute(script.forSchema(tenant.schemaName()));
					}
					finally {
						connection.setSchema(LiquibaseConfiguration.PLATFORM_SCHEMA);
					}
					grant(sql, tenant);
					return targetVersion;
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not provision tenant " + tenant + ": " + ex.getMessage(), ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
		}
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			connection.setAutoCommit(false);
			createSchemaAndRole(sql, tenant);
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create schema and role of tenant " + tenant + ": " + ex.getMessage(), ex);
		}
		return migrate(tenant);
	}

	/** One round trip: schema, role (the login role may switch to it), its rights on the schema only. */
	private void createSchemaAndRole(Statement sql, TenantKey tenant) throws SQLException {
		String schema = quoted(tenant.schemaName());
		String role = quoted(tenant.roleName(rolePrefix));
		sql.execute(String.join(";\n", "CREATE SCHEMA IF NOT EXISTS " + schema,
				"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + tenant.roleName(rolePrefix)
						+ "') THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$",
				"GRANT " + role + " TO CURRENT_USER", "REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC",
				"GRANT USAGE ON SCHEMA " + schema + " TO " + role,
				"ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role,
				"ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT ON SEQUENCES TO " + role));
	}

	@Override
	public void drop(TenantKey tenant) {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			connection.setAutoCommit(false);
			sql.execute("DROP SCHEMA IF EXISTS " + quoted(tenant.schemaName()) + " CASCADE");
			for (String own : ownRoles(tenant)) {
				if (roleExists(sql, own)) {
					// privileges and default privileges of the role, in this database; then the role itself
					sql.execute("DROP OWNED BY " + quoted(own));
					sql.execute("DROP ROLE " + quoted(own));
				}
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop tenant " + tenant + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public java.util.List<String> remnants(TenantKey tenant) {
		java.util.List<String> left = new java.util.ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			if (schemaExists(sql, tenant.schemaName())) {
				left.add("schema " + tenant.schemaName());
			}
			for (String own : ownRoles(tenant)) {
				if (roleExists(sql, own)) {
					left.add("role " + own);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return left;
	}

	private List<String> ownRoles(TenantKey tenant) {
		List<String> roles = new java.util.ArrayList<>(crossTenantGrants.ownRoles(tenant));
		roles.add(tenant.roleName(rolePrefix));
		return roles;
	}

	private static boolean roleExists(Statement sql, String role) throws SQLException {
		try (var rs = sql.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname = '" + role.replace("'", "''") + "'")) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	private static boolean schemaExists(Statement sql, String schema) throws SQLException {
		try (var rs = sql.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'")) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	@Override
	public String migrate(TenantKey tenant) {
		try (Connection connection = dataSource.getConnection()) {
			try {
				update(connection, tenant.schemaName());
				grantTables(connection, tenant);
				return targetVersion;
			}
			finally {
				// Liquibase sets search_path by plain SQL, which the pool cannot see: reset it before the
				// connection goes back, or the next borrower would work in this tenant's schema
				connection.setSchema(LiquibaseConfiguration.PLATFORM_SCHEMA);
			}
		}
		catch (SQLException | LiquibaseException ex) {
			throw new IllegalStateException("Tenant changelog failed for " + tenant + ": " + ex.getMessage(), ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Tenant changelog failed for " + tenant + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A schema recorded at a version of this changelog (the first n changesets) gets the rest as one script,
	 * written by Liquibase once per version, in one transaction; otherwise, or if the script fails, Liquibase
	 * proper brings it up to date. Migration runs hold the cluster-wide migration lock, so no Liquibase run
	 * works on the same schema meanwhile.
	 */
	@Override
	public String migrate(TenantKey tenant, String recordedVersion) {
		Integer applied = appliedChangeSets(recordedVersion);
		if (applied != null && applied > 0 && applied < changelog.getChangeSets().size()) {
			ProvisioningScript delta = deltas
				.computeIfAbsent(applied, n -> java.util.Optional.ofNullable(ProvisioningScript.generate(dataSource, changelog, n, scope())))
				.orElse(null);
			if (delta != null) {
				try (Connection connection = dataSource.getConnection()) {
					try (Statement sql = connection.createStatement()) {
						connection.setAutoCommit(false);
						connection.setSchema(tenant.schemaName());
						sql.execute(delta.forSchema(tenant.schemaName()));
						connection.setSchema(LiquibaseConfiguration.PLATFORM_SCHEMA);
						grant(sql, tenant);
						connection.commit();
						return targetVersion;
					}
					catch (SQLException ex) {
						connection.rollback();
						org.slf4j.LoggerFactory.getLogger(LiquibaseTenantSchemas.class)
							.warn("Delta script failed for tenant {}, Liquibase takes over: {}", tenant, ex.getMessage());
					}
					finally {
						connection.setAutoCommit(true);
						connection.setSchema(LiquibaseConfiguration.PLATFORM_SCHEMA);
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Tenant changelog failed for " + tenant + ": " + ex.getMessage(), ex);
				}
			}
		}
		return migrate(tenant);
	}

	/** How many changesets a version of this changelog names, or null if it is not one of its versions. */
	Integer appliedChangeSets(String version) {
		if (version == null || !version.matches("\\d+:.+")) {
			return null;
		}
		int count = Integer.parseInt(version.substring(0, version.indexOf(':')));
		List<ChangeSet> all = changelog.getChangeSets();
		if (count < 1 || count > all.size()) {
			return null;
		}
		return versionOf(all.subList(0, count)).equals(version) ? count : null;
	}

	private void update(Connection connection, String schema) throws Exception {
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		database.setDefaultSchemaName(schema);
		database.setLiquibaseSchemaName(schema);
		Scope.child(scope(), () -> {
			new CommandScope(UpdateCommandStep.COMMAND_NAME)
				.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
				.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogLocation)
				.addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, changelog)
				.execute();
		});
	}

	private void grantTables(Connection connection, TenantKey tenant) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement sql = connection.createStatement()) {
			grant(sql, tenant);
			connection.commit();
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private void grant(Statement sql, TenantKey tenant) throws SQLException {
		String schema = quoted(tenant.schemaName());
		String role = quoted(tenant.roleName(rolePrefix));
		sql.execute(String.join(";\n",
				"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role,
				"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role,
				// Liquibase's bookkeeping is not the tenant's to change
				"REVOKE ALL ON " + schema + ".databasechangelog, " + schema + ".databasechangeloglock FROM " + role));
		crossTenantGrants.grant(sql, tenant);
	}

	private DatabaseChangeLog parse() {
		try {
			return Scope.child(scope(),
					() -> ChangeLogParserFactory.getInstance()
						.getParser(changelogLocation, resources)
						.parse(changelogLocation, new ChangeLogParameters(), resources));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot parse the tenant changelog " + changelogLocation, ex);
		}
	}

	/** Quiet: no console output, no analytics; summaries go to the log. */
	private Map<String, Object> scope() {
		return Map.of("liquibase.analytics.enabled", false, Scope.Attr.resourceAccessor.name(), resources,
				Scope.Attr.ui.name(), new LoggerUIService(), "liquibase.command.showSummaryOutput", "LOG");
	}

	/** The count of changesets and the id of the last: grows with every release that adds one. */
	static String versionOf(List<ChangeSet> changeSets) {
		if (changeSets.isEmpty()) {
			return "0";
		}
		return changeSets.size() + ":" + changeSets.get(changeSets.size() - 1).getId();
	}

	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}

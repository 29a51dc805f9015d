package de.mosaik.infra.liquibase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Whether the platform changelog of this build has run on the database: every one of its changesets is
 * recorded in {@code platform.databasechangelog}. The application runs it at start; a database restored
 * from an older backup, or one that an older version's migration Job left behind, is not ready.
 */
@Component
public class PlatformChangelog {

	public static final String LOCATION = "db/platform/changelog.xml";

	private final DataSource dataSource;

	private final List<String> changeSetIds;

	PlatformChangelog(DataSource dataSource, ResourceLoader resourceLoader) {
		this.dataSource = dataSource;
		this.changeSetIds = parse(new SpringResourceAccessor(resourceLoader));
	}

	/** The ids of this build's platform changesets, in order. */
	public List<String> changeSetIds() {
		return changeSetIds;
	}

	/** The changesets of this build not recorded as run (all of them when the table is missing). */
	public List<String> missing() {
		Set<String> recorded = new HashSet<>();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			try (ResultSet rs = sql.executeQuery("SELECT id FROM " + LiquibaseConfiguration.PLATFORM_SCHEMA
					+ ".databasechangelog")) {
				while (rs.next()) {
					recorded.add(rs.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			if (!"42P01".equals(ex.getSQLState())) { // anything but "no such table" is the database's trouble
				throw new IllegalStateException("Cannot read the platform changelog table: " + ex.getMessage(), ex);
			}
		}
		return changeSetIds.stream().filter(id -> !recorded.contains(id)).toList();
	}

	private static List<String> parse(ResourceAccessor resources) {
		try {
			return Scope.child(Map.of("liquibase.analytics.enabled", false, Scope.Attr.resourceAccessor.name(), resources),
					() -> ChangeLogParserFactory.getInstance()
						.getParser(LOCATION, resources)
						.parse(LOCATION, new ChangeLogParameters(), resources)
						.getChangeSets()
						.stream()
						.map(ChangeSet::getId)
						.toList());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot parse the platform changelog " + LOCATION, ex);
		}
	}
}

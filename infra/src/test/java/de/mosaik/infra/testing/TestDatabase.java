package de.mosaik.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for one test JVM, found as DESIGN.md says: the server named by
 * {@code MOSAIK_TEST_DB_URL} (a fresh database on it, dropped at exit), else Testcontainers where a
 * Docker engine runs, else an embedded PostgreSQL. Tenant roles are cluster-wide, so every JVM gets
 * its own role prefix and drops its roles at exit.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private final String rolePrefix;

	private final String kind;

	private TestDatabase(String url, String username, String password, String rolePrefix, String kind) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.rolePrefix = rolePrefix;
		this.kind = kind;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	public String url() {
		return url;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	/** The prefix of this JVM's tenant roles, e.g. {@code it3f9a1c0b_}. */
	public String rolePrefix() {
		return rolePrefix;
	}

	/** Where the database runs: {@code server}, {@code testcontainers} or {@code embedded}. */
	public String kind() {
		return kind;
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, username, password);
	}

	/**
	 * A further empty database on the same server, for work that must not see this JVM's other data
	 * (e.g. an application started in its own process). Dropped when the JVM exits.
	 */
	public String anotherDatabase(String name) {
		String database = name + "_" + rolePrefix.substring(2, rolePrefix.length() - 1);
		try (Connection c = connect(); Statement sql = c.createStatement()) {
			sql.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + database, ex);
		}
		// the server's own database, not this JVM's test database (its drop may run first)
		String server = System.getenv("MOSAIK_TEST_DB_URL");
		String admin = server != null && !server.isBlank() ? server : url;
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (Connection c = DriverManager.getConnection(admin, username, password); Statement sql = c.createStatement()) {
				sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				System.err.println("Could not drop " + database + ": " + ex.getMessage());
			}
		}));
		return withDatabase(url, database);
	}

	private static TestDatabase start() {
		String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
		String rolePrefix = "it" + run + "_";
		String server = System.getenv("MOSAIK_TEST_DB_URL");
		if (server != null && !server.isBlank()) {
			return onServer(server, "mosaik_it_" + run, rolePrefix);
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					rolePrefix, "testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", rolePrefix, "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TestDatabase onServer(String serverUrl, String database, String rolePrefix) {
		try (Connection admin = DriverManager.getConnection(serverUrl); Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database on " + serverUrl, ex);
		}
		String url = withDatabase(serverUrl, database);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(serverUrl, database, rolePrefix)));
		return new TestDatabase(url, null, null, rolePrefix, "server");
	}

	/** Replaces the database in a URL such as {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. */
	public static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String params = query < 0 ? "" : url.substring(query);
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + database + params;
	}

	private static void dropAll(String serverUrl, String database, String rolePrefix) {
		try (Connection admin = DriverManager.getConnection(serverUrl); Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			List<String> roles = new ArrayList<>();
			try (ResultSet rs = sql.executeQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + rolePrefix + "%'")) {
				while (rs.next()) {
					roles.add(rs.getString(1));
				}
			}
			for (String role : roles) {
				sql.execute("DROP ROLE IF EXISTS \"" + role + "\"");
			}
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}
}

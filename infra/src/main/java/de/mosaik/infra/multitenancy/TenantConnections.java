package de.mosaik.infra.multitenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import de.mosaik.core.tenancy.TenantKey;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection switched to the tenant: {@code search_path} to its schema and
 * {@code SET ROLE} to its database role, which may touch nothing but that schema. Both are reset on
 * release, before the connection goes back to the pool. Work without a tenant gets the connection as
 * the pool gives it: {@code search_path = platform}, where no tenant table exists.
 */
public class TenantConnections implements MultiTenantConnectionProvider<String> {

	/** The identifier of work outside any tenant: platform tables only. */
	public static final String PLATFORM = "platform";

	private final DataSource dataSource;

	private final String rolePrefix;

	public TenantConnections(DataSource dataSource, String rolePrefix) {
		this.dataSource = dataSource;
		this.rolePrefix = rolePrefix;
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return dataSource.getConnection();
	}

	@Override
	public void releaseAnyConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public Connection getConnection(String tenantIdentifier) throws SQLException {
		Connection connection = dataSource.getConnection();
		if (PLATFORM.equals(tenantIdentifier)) {
			return connection;
		}
		TenantKey tenant = new TenantKey(tenantIdentifier);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE " + quoted(tenant.roleName(rolePrefix)));
			connection.setSchema(tenant.schemaName());
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			reset(connection);
			connection.close();
			throw ex;
		}
	}

	@Override
	public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
		try {
			if (!PLATFORM.equals(tenantIdentifier)) {
				reset(connection);
			}
		}
		finally {
			connection.close();
		}
	}

	private static void reset(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.rollback();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("RESET ROLE");
		}
		connection.setSchema(PLATFORM);
	}

	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public boolean isUnwrappableAs(Class<?> unwrapType) {
		return unwrapType.isInstance(this);
	}

	@Override
	public <T> T unwrap(Class<T> unwrapType) {
		return unwrapType.cast(this);
	}
}

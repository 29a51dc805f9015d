package de.mosaik.infra.multitenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import de.mosaik.core.tenancy.TenantKey;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.postgresql.PGConnection;

/**
 * Hands Hibernate a pooled connection switched to the tenant: {@code search_path} to its schema and
 * {@code SET ROLE} to its database role, which may touch nothing but that schema. Both are reset on
 * release, before the connection goes back to the pool. Work without a tenant gets the connection as
 * the pool gives it: {@code search_path = platform}, where no tenant table exists.
 * <p>
 * A PostgreSQL backend keeps the catalog entries (and plans) of every schema it has worked in until it ends,
 * so with thousands of tenants a long-lived connection would grow without bound. A connection that has
 * changed tenant {@code tenantsPerConnection} times is therefore retired from the pool when it is released;
 * requests to one tenant after another on the same connection do not count.
 */
public class TenantConnections implements MultiTenantConnectionProvider<String> {

	/** The identifier of work outside any tenant: platform tables only. */
	public static final String PLATFORM = "platform";

	private final DataSource dataSource;

	private final String rolePrefix;

	private final int tenantsPerConnection;

	/** Per physical connection: the tenant it served last and how often it changed tenant. */
	private final Map<Object, Switches> switches = Collections.synchronizedMap(new WeakHashMap<>());

	public TenantConnections(DataSource dataSource, String rolePrefix, int tenantsPerConnection) {
		this.dataSource = dataSource;
		this.rolePrefix = rolePrefix;
		this.tenantsPerConnection = tenantsPerConnection;
	}

	private static final class Switches {

		String lastTenant;

		int count;
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
		boolean retire = false;
		try {
			if (!PLATFORM.equals(tenantIdentifier)) {
				retire = countSwitch(tenantIdentifier, connection);
				reset(connection);
			}
		}
		finally {
			if (retire && dataSource.isWrapperFor(HikariDataSource.class)) {
				dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
			}
			connection.close();
		}
	}

	/** @return whether the connection has changed tenant often enough to be retired */
	private boolean countSwitch(String tenant, Connection connection) throws SQLException {
		Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : connection;
		synchronized (switches) {
			Switches served = switches.computeIfAbsent(physical, c -> new Switches());
			if (served.lastTenant != null && !tenant.equals(served.lastTenant)) {
				served.count++;
			}
			served.lastTenant = tenant;
			if (served.count >= tenantsPerConnection) {
				switches.remove(physical);
				return true;
			}
			return false;
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

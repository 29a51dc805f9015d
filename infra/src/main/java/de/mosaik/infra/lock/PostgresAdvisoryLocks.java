package de.mosaik.infra.lock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import de.mosaik.admin.lock.ClusterLock;
import de.mosaik.admin.lock.ClusterLocks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Cluster locks as PostgreSQL session advisory locks ({@code pg_try_advisory_lock}). Each held lock
 * has a connection of its own, opened outside the pool and closed with the lock: a pooled connection
 * would carry a lock that failed to unlock to its next borrower, and long runs holding pool
 * connections would starve requests. When the holder dies, PostgreSQL ends its session and the lock
 * with it. Locks are per database, so two deployments on one server (own databases) never meet.
 */
@Component
class PostgresAdvisoryLocks implements ClusterLocks {

	private static final Logger log = LoggerFactory.getLogger(PostgresAdvisoryLocks.class);

	private final JdbcConnectionDetails database;

	private final DataSource pool;

	PostgresAdvisoryLocks(JdbcConnectionDetails database, DataSource pool) {
		this.database = database;
		this.pool = pool;
	}

	@Override
	public boolean isHeld(String name) {
		long key = key(name);
		// a bigint key shows in pg_locks as classid (high 32 bits) and objid (low 32 bits), objsubid 1
		try (Connection connection = pool.getConnection();
				PreparedStatement sql = connection.prepareStatement("""
						SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
						  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
						  AND classid = ?::bigint::oid AND objid = ?::bigint::oid AND objsubid = 1)""")) {
			sql.setLong(1, key >>> 32);
			sql.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet rs = sql.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not look up lock " + name + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public Optional<ClusterLock> tryAcquire(String name) {
		long key = key(name);
		Connection connection = connect(name);
		try (PreparedStatement sql = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			sql.setLong(1, key);
			try (ResultSet rs = sql.executeQuery()) {
				rs.next();
				if (rs.getBoolean(1)) {
					return Optional.of(new AdvisoryLock(name, key, connection));
				}
			}
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new IllegalStateException("Could not ask for lock " + name + ": " + ex.getMessage(), ex);
		}
		closeQuietly(connection);
		return Optional.empty();
	}

	private Connection connect(String name) {
		Properties properties = new Properties();
		if (database.getUsername() != null && !database.getUsername().isEmpty()) {
			properties.setProperty("user", database.getUsername());
		}
		if (database.getPassword() != null && !database.getPassword().isEmpty()) {
			properties.setProperty("password", database.getPassword());
		}
		// shows in pg_stat_activity, next to the lock in pg_locks
		properties.setProperty("ApplicationName", ("mosaik lock " + name).substring(0, Math.min(63, 12 + name.length())));
		properties.setProperty("tcpKeepAlive", "true");
		try {
			return DriverManager.getConnection(database.getJdbcUrl(), properties);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect for lock " + name + ": " + ex.getMessage(), ex);
		}
	}

	/** A stable 64-bit key for a lock name (the first 8 bytes of SHA-256 of {@code mosaik:<name>}). */
	static long key(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(("mosaik:" + name).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// nothing held on it
		}
	}

	private static final class AdvisoryLock implements ClusterLock {

		private final String name;

		private final long key;

		private final Connection connection;

		private boolean closed;

		AdvisoryLock(String name, long key, Connection connection) {
			this.name = name;
			this.key = key;
			this.connection = connection;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public synchronized void close() {
			if (closed) {
				return;
			}
			closed = true;
			try (PreparedStatement sql = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				sql.setLong(1, key);
				try (ResultSet rs = sql.executeQuery()) {
					rs.next();
					if (!rs.getBoolean(1)) {
						log.warn("Lock {} was no longer held when released", name);
					}
				}
			}
			catch (SQLException ex) {
				// the session is gone, and the lock with it: another instance may have started meanwhile
				log.warn("Lock {} was lost with its connection before the work finished: {}", name, ex.getMessage());
			}
			finally {
				closeQuietly(connection);
			}
		}
	}
}

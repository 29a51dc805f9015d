package de.mosaik.infra.pool;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import javax.sql.DataSource;

import de.mosaik.infra.outage.Outage;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Once asking for a connection has failed because the database cannot be reached, further callers are
 * refused at once (SQLSTATE 08001) instead of waiting the pool's connection timeout: under load every
 * request thread would otherwise wait those seconds and the requests would queue behind them. Every
 * {@value #PROBE_EVERY_MS} ms one caller still asks the pool for real; the first connection it gets,
 * after the database's return, opens the way for all. A pool that is merely busy (its timeout carries
 * no SQLSTATE) changes nothing.
 */
public class FailFastDataSource extends DelegatingDataSource implements Closeable {

	private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

	static final long PROBE_EVERY_MS = 500;

	private final Outage outage = new Outage(Duration.ofMillis(PROBE_EVERY_MS));

	public FailFastDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> obtainTargetDataSource().getConnection(username, password));
	}

	private interface Connect {

		Connection get() throws SQLException;
	}

	private Connection connect(Connect connect) throws SQLException {
		if (!outage.tryNow()) {
			throw new SQLTransientConnectionException(
					"Database unavailable: connections are refused until an attempt gets through", "08001");
		}
		try {
			Connection connection = connect.get();
			outage.worked();
			return connection;
		}
		catch (SQLException ex) {
			if (unreachable(ex)) {
				outage.failed();
			}
			throw ex;
		}
	}

	private static boolean unreachable(SQLException ex) {
		String state = ex.getSQLState();
		return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
	}

	/** The pool closes with the application context, through this wrapper. */
	@Override
	public void close() throws IOException {
		if (obtainTargetDataSource() instanceof Closeable pool) {
			pool.close();
		}
	}
}

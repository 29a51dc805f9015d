package de.mosaik.core.network;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Plain SQL on the current unit of work's connection, which Hibernate switched to the tenant's schema
 * and role: for what JPQL cannot say (full-text search, the county's shared views). Never a connection
 * of its own from the pool, which would have neither.
 */
@Component
class TenantSql {

	@FunctionalInterface
	interface Row<T> {

		T map(ResultSet rs) throws SQLException;
	}

	private final EntityManager entityManager;

	TenantSql(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	<T> List<T> list(String sql, List<?> params, Row<T> row) {
		return entityManager.unwrap(Session.class).doReturningWork(connection -> {
			try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rs = statement.executeQuery()) {
				List<T> result = new ArrayList<>();
				while (rs.next()) {
					result.add(row.map(rs));
				}
				return result;
			}
		});
	}

	<T> Optional<T> one(String sql, List<?> params, Row<T> row) {
		List<T> rows = list(sql, params, row);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
	}

	int update(String sql, List<?> params) {
		return entityManager.unwrap(Session.class).doReturningWork(connection -> {
			try (PreparedStatement statement = prepare(connection, sql, params)) {
				return statement.executeUpdate();
			}
		});
	}

	long count(String sql, List<?> params) {
		return list(sql, params, rs -> rs.getLong(1)).get(0);
	}

	private static PreparedStatement prepare(Connection connection, String sql, List<?> params) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < params.size(); i++) {
			Object value = params.get(i);
			if (value instanceof Collection<?> values) {
				statement.setArray(i + 1, connection.createArrayOf("text", values.toArray()));
			}
			else {
				statement.setObject(i + 1, value);
			}
		}
		return statement;
	}

	static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}
}

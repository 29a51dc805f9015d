package de.mosaik.core.concept;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Reads rows of other features' tables in the tenant's own schema (indicators and their values, network
 * organisations) on the unit of work's connection, so that the concept depends on none of their classes.
 */
@Component
class LinkedSql {

	@FunctionalInterface
	interface Row<T> {

		T map(ResultSet rs) throws SQLException;
	}

	private final EntityManager entityManager;

	LinkedSql(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Parameters that are collections are passed as arrays of their SQL type, e.g. {@code = any(?)}. */
	<T> List<T> list(String sql, List<?> params, Row<T> row) {
		return entityManager.unwrap(Session.class).doReturningWork(connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < params.size(); i++) {
					Object value = params.get(i);
					if (value instanceof Collection<?> values) {
						String type = values.stream().findFirst().map(v -> v instanceof String ? "text" : "uuid")
							.orElse("text");
						statement.setArray(i + 1, connection.createArrayOf(type, values.toArray()));
					}
					else {
						statement.setObject(i + 1, value);
					}
				}
				try (ResultSet rs = statement.executeQuery()) {
					List<T> result = new ArrayList<>();
					while (rs.next()) {
						result.add(row.map(rs));
					}
					return result;
				}
			}
		});
	}
}

package de.mosaik.web.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;

/**
 * Registers councils of the official register as active tenants at a given schema version, without
 * creating their schemas: for benchmarks about what the platform does per registered tenant.
 */
final class RegisteredTenants {

	private RegisteredTenants() {
	}

	/** Counties first, so that their members find them; councils already registered are left alone. */
	static void register(Connection connection, String version, int limit) throws SQLException {
		OfficialRegister register = new OfficialRegister();
		Timestamp now = Timestamp.from(Instant.now());
		int count = 0;
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into platform.tenant (id, ags, name, kind, parent_id, schema_name, status, schema_version,
				  migration_state, created_at, updated_at, version)
				values (?, ?, ?, ?, (select id from platform.tenant p where p.ags = ?), ?, 'ACTIVE', ?, 'CURRENT', ?, ?, 0)
				on conflict (ags) do nothing""")) {
			for (CouncilKind kind : new CouncilKind[] { CouncilKind.COUNTY, CouncilKind.CITY, CouncilKind.MUNICIPALITY }) {
				for (RegisteredCouncil council : register.all()) {
					if (council.kind() != kind || count >= limit) {
						continue;
					}
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, council.ags());
					insert.setString(3, council.name());
					insert.setString(4, council.kind().name());
					insert.setString(5, council.countyAgs());
					insert.setString(6, "t_" + council.ags());
					insert.setString(7, version);
					insert.setTimestamp(8, now);
					insert.setTimestamp(9, now);
					insert.addBatch();
					count++;
				}
				insert.executeBatch();
				connection.commit();
			}
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}
}

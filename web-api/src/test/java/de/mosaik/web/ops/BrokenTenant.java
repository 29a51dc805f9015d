package de.mosaik.web.ops;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Makes an onboarded tenant fail its next migration (recorded at an old version, its changelog gone and
 * a table in the way), and mends it again, so that the next run brings it back to current. Tests that
 * break a tenant mend it before they end: other test classes count the tenants a run touches.
 */
final class BrokenTenant {

	private final DataSource dataSource;

	private final String ags;

	BrokenTenant(DataSource dataSource, String ags) {
		this.dataSource = dataSource;
		this.ags = ags;
	}

	void breakIt() throws Exception {
		sql("update platform.tenant set schema_version = '1:old' where ags = '" + ags + "'");
		// forget the first changeset and block it: later tables refer to department, so drop with cascade
		sql("delete from t_" + ags + ".databasechangelog where filename like '%0001-department.sql'");
		sql("drop table t_" + ags + ".department cascade");
		sql("create table t_" + ags + ".department (id int)");
	}

	/** The next run can apply the whole changelog again. */
	void mend() throws Exception {
		sql("drop table if exists t_" + ags + ".department cascade");
	}

	/** Behind, but able to migrate: the next run has work to do on it. */
	void putBehind() throws Exception {
		sql("update platform.tenant set schema_version = '1:old' where ags = '" + ags + "'");
	}

	private void sql(String statement) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
	}
}

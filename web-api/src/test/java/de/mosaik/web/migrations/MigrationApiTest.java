package de.mosaik.web.migrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import de.mosaik.admin.migration.MigrationRun;
import de.mosaik.admin.migration.MigrationService;
import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenant migrations: current tenants are skipped, a failing one is marked and retried, the others go on. */
class MigrationApiTest extends IntegrationTest {

	static final String BEHIND = "05162004";

	static final String BROKEN = "05162008";

	@Autowired
	Fixtures fixtures;

	@Autowired
	MigrationService migrations;

	@Autowired
	Tenants tenants;

	@Autowired
	DataSource dataSource;

	@Autowired
	JwtEncoder encoder;

	@Test
	void aRunMigratesTenantsBehindMarksFailuresAndARerunResumes() throws Exception {
		fixtures.council(BEHIND);
		fixtures.council(BROKEN);
		// two tenants recorded at an older version; one of them cannot take the changelog
		sql("update platform.tenant set schema_version = '1:old' where ags in ('" + BEHIND + "', '" + BROKEN + "')");
		sql("delete from t_" + BEHIND + ".department");
		sql("delete from t_" + BEHIND + ".databasechangelog where id = 'tenant-0001-department-seed'");
		// the department changesets forgotten, their table replaced by one they cannot take (later tables refer to it)
		sql("delete from t_" + BROKEN + ".databasechangelog where filename like '%0001-department.sql'");
		sql("drop table t_" + BROKEN + ".department cascade");
		sql("create table t_" + BROKEN + ".department (id int)");
		long currentBefore = tenants.countByMigrationState(MigrationState.CURRENT);

		MigrationRun run = migrations.runAll("test");
		// other test classes' tenants share the database: count at least ours
		assertThat(run.getMigrated()).isGreaterThanOrEqualTo(1);
		assertThat(run.getFailed()).isGreaterThanOrEqualTo(1);
		assertThat(run.getSkipped()).isLessThanOrEqualTo(run.getTotal() - 2);
		assertThat(run.getStatus()).isEqualTo(MigrationRun.Status.COMPLETED_WITH_ERRORS);
		assertThat(tenants.findByAgs(BEHIND).orElseThrow().getSchemaVersion()).isEqualTo(migrations.targetVersion());
		assertThat(tenants.findByAgs(BROKEN).orElseThrow().getMigrationState()).isEqualTo(MigrationState.FAILED);
		assertThat(tenants.findByAgs(BROKEN).orElseThrow().getLastError()).isNotBlank();
		assertThat(count("select count(*) from t_" + BEHIND + ".department")).isEqualTo(4); // the seed ran again
		assertThat(count("select count(*) from t_" + BEHIND + ".databasechangeloglock where locked")).isZero();

		// the operator sees the failure through the API
		fixtures.grant("mig-operator", null, Role.PLATFORM_OPERATOR);
		Api operator = Api.as(new Tokens(encoder).forSubject("mig-operator"));
		Api.Response overview = operator.get("/api/v1/platform/migrations");
		assertThat(overview.json().get("failed").asLong()).isGreaterThanOrEqualTo(1);
		Api.Response failed = operator.get("/api/v1/platform/councils?migrationState=FAILED");
		assertThat(failed.json().get("content").findValuesAsString("ags")).contains(BROKEN);

		sql("drop table t_" + BROKEN + ".department");
		MigrationRun rerun = migrations.runAll("test");
		assertThat(rerun.getMigrated()).isGreaterThanOrEqualTo(1);
		assertThat(tenants.findByAgs(BROKEN).orElseThrow().getMigrationState()).isEqualTo(MigrationState.CURRENT);
		assertThat(tenants.countByMigrationState(MigrationState.CURRENT)).isGreaterThanOrEqualTo(currentBefore);

		MigrationRun nothingToDo = migrations.runAll("test");
		assertThat(nothingToDo.getMigrated()).isZero();
		assertThat(nothingToDo.getSkipped() + nothingToDo.getFailed()).isEqualTo(nothingToDo.getTotal());
	}

	@Test
	void onlyOperatorsSeeAndStartMigrations() {
		fixtures.council("05162");
		fixtures.grant("mig-coordinator", "05162", Role.COUNTY_COORDINATOR);
		Api coordinator = Api.as(new Tokens(encoder).forSubject("mig-coordinator"));
		assertThat(coordinator.get("/api/v1/platform/migrations").status()).isEqualTo(403);
		assertThat(coordinator.post("/api/v1/platform/migrations", null).status()).isEqualTo(403);
	}

	private void sql(String statement) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
	}

	private long count(String query) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

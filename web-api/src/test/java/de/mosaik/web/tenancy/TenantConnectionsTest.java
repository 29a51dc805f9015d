package de.mosaik.web.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.mosaik.admin.tenant.TenantSchemas;
import de.mosaik.core.department.DepartmentService;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself keeps tenants apart, and pooled connections never carry a tenant onwards. */
class TenantConnectionsTest extends IntegrationTest {

	static final String A = "10045111";

	static final String B = "10046111";

	@Autowired
	Fixtures fixtures;

	@Autowired
	CurrentTenant currentTenant;

	@Autowired
	DepartmentService departments;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	DataSource dataSource;

	@Autowired
	TenantSchemas schemas;

	@BeforeEach
	void councils() {
		fixtures.council(A);
		fixtures.council(B);
	}

	@Test
	void aWrongTenantContextIsStoppedByPostgresqlItself() {
		assertThatThrownBy(() -> currentTenant.runAs(new TenantKey(A), () -> tx.executeWithoutResult(
				s -> entityManager.createNativeQuery("select count(*) from t_" + B + ".department").getSingleResult())))
			.hasStackTraceContaining("permission denied for schema t_" + B);
		assertThatThrownBy(() -> currentTenant.runAs(new TenantKey(A), () -> tx.executeWithoutResult(
				s -> entityManager.createNativeQuery("select count(*) from platform.tenant").getSingleResult())))
			.hasStackTraceContaining("permission denied for schema platform");
		Object own = currentTenant.callAs(new TenantKey(A), () -> tx
			.execute(s -> entityManager.createNativeQuery("select count(*) from department").getSingleResult()));
		assertThat(((Number) own).longValue()).isEqualTo(4);
	}

	@Test
	void tenantDataWithoutATenantIsAnErrorNotAFallback() {
		assertThatThrownBy(() -> departments.list(null, Pageable.ofSize(10)))
			.hasStackTraceContaining("relation \"department\" does not exist");
	}

	@Test
	void aUnitOfWorkCannotChangeTenantMidway() {
		assertThatThrownBy(() -> currentTenant.runAs(new TenantKey(A), () -> currentTenant.runAs(new TenantKey(B), () -> {
		}))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void pooledConnectionsComeBackWithoutTenantSchemaOrRole() throws SQLException {
		// Liquibase switches search_path behind the pool's back
		schemas.migrate(new TenantKey(A));
		schemas.migrate(new TenantKey(B));
		for (int i = 0; i < 30; i++) {
			String tenant = i % 2 == 0 ? A : B;
			long count = currentTenant.callAs(new TenantKey(tenant), () -> departments.list(null, Pageable.ofSize(5)))
				.getTotalElements();
			assertThat(count).isEqualTo(4);
		}
		int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		List<Connection> all = new ArrayList<>();
		try {
			for (int i = 0; i < poolSize; i++) {
				Connection connection = dataSource.getConnection();
				all.add(connection);
				try (Statement sql = connection.createStatement();
						ResultSet rs = sql.executeQuery("select current_setting('search_path'), current_user = session_user")) {
					rs.next();
					assertThat(rs.getString(1)).isEqualTo("platform");
					assertThat(rs.getBoolean(2)).as("role reset").isTrue();
				}
			}
		}
		finally {
			for (Connection connection : all) {
				connection.close();
			}
		}
	}

	@Test
	void aConnectionThatKeepsChangingTenantIsRetiredAndOneThatStaysWithItsTenantIsNot() throws Exception {
		HikariDataSource single = new HikariDataSource();
		single.setJdbcUrl(dataSource.unwrap(HikariDataSource.class).getJdbcUrl());
		single.setUsername(dataSource.unwrap(HikariDataSource.class).getUsername());
		single.setPassword(dataSource.unwrap(HikariDataSource.class).getPassword());
		single.setMaximumPoolSize(1);
		single.setSchema("platform");
		try (single) {
			de.mosaik.infra.multitenancy.TenantConnections connections = new de.mosaik.infra.multitenancy.TenantConnections(
					single, de.mosaik.infra.testing.TestDatabase.get().rolePrefix(), 3);
			List<Integer> sameTenant = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				sameTenant.add(backendOf(connections, A));
			}
			assertThat(sameTenant).as("one tenant after another on the same connection").containsOnly(sameTenant.get(0));

			List<Integer> alternating = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				alternating.add(backendOf(connections, i % 2 == 0 ? B : A));
			}
			// three changes of tenant (B, A, B) retire the backend; the next connection is a new one
			assertThat(alternating.subList(0, 3)).containsOnly(sameTenant.get(0));
			assertThat(alternating.get(3)).isNotEqualTo(sameTenant.get(0));
			assertThat(alternating.subList(3, 6)).containsOnly(alternating.get(3));
		}
	}

	private static int backendOf(de.mosaik.infra.multitenancy.TenantConnections connections, String tenant) throws SQLException {
		Connection connection = connections.getConnection(tenant);
		try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("select pg_backend_pid()")) {
			rs.next();
			return rs.getInt(1);
		}
		finally {
			connections.releaseConnection(tenant, connection);
		}
	}
}

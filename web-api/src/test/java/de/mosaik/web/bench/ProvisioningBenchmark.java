package de.mosaik.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.admin.tenant.TenantStatus;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding one municipality end to end (platform row, schema, role, tenant changelog, standard data,
 * status) against the lower bound: the same tenant DDL and seed as a plain SQL script with schema and
 * role, in one transaction. Interleaved, so that both see the same machine state.
 */
class ProvisioningBenchmark extends IntegrationTest {

	static final int ROUNDS = 25;

	@Autowired
	OnboardingService onboarding;

	@Autowired
	OfficialRegister register;

	@Autowired
	DataSource dataSource;

	@Test
	void provisioningAMunicipalityAgainstThePlainSqlBound() throws Exception {
		onboarding.onboard("07232", "bench");
		List<RegisteredCouncil> members = register.membersOf("07232");
		String ddl = plainTenantSql();
		List<Double> provision = new ArrayList<>();
		List<Double> plain = new ArrayList<>();
		List<Double> liquibase = new ArrayList<>();
		for (int i = 0; i < ROUNDS + 3; i++) {
			String ags = members.get(i).ags();
			long t0 = System.nanoTime();
			assertThat(onboarding.onboard(ags, "bench").getStatus()).isEqualTo(TenantStatus.ACTIVE);
			long t1 = System.nanoTime();
			plainSql("plain_" + i, ddl);
			long t2 = System.nanoTime();
			// the Liquibase path, as a schema that exists already takes it
			String other = members.get(100 + i).ags();
			sql("create schema t_" + other);
			long t3 = System.nanoTime();
			assertThat(onboarding.onboard(other, "bench").getStatus()).isEqualTo(TenantStatus.ACTIVE);
			long t4 = System.nanoTime();
			if (i >= 3) { // warm-up rounds are not counted
				provision.add((double) (t1 - t0));
				plain.add((double) (t2 - t1));
				liquibase.add((double) (t4 - t3));
			}
		}
		double p = Figures.median(provision);
		double b = Figures.median(plain);
		double l = Figures.median(liquibase);
		new Figures("provisioning", "mvn -B -Pbench verify -Dit.test=ProvisioningBenchmark")
			.line("| per tenant (median of " + ROUNDS + ", interleaved) | time | ratio to plain SQL |")
			.line("| --- | --- | --- |")
			.line("| plain SQL: schema, role, grants, tenant DDL and seed in one transaction (lower bound) | "
					+ Figures.ms(b) + " | 1.00 |")
			.line("| onboarding a municipality (new schema: Liquibase's own script in one transaction) | "
					+ Figures.ms(p) + " | " + String.format("%.2f", p / b) + " |")
			.line("| onboarding a municipality whose schema exists (Liquibase update) | " + Figures.ms(l) + " | "
					+ String.format("%.2f", l / b) + " |")
			.write();
	}

	/** The tenant changesets' SQL without Liquibase, as a DBA would run it. */
	static String plainTenantSql() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/tenant/changes/*.sql");
		StringBuilder sql = new StringBuilder();
		for (Resource file : files) {
			sql.append(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("--"))
				.collect(Collectors.joining("\n"))).append('\n');
		}
		return sql.toString();
	}

	private void plainSql(String schema, String ddl) throws Exception {
		String role = TestRoles.prefixed(schema);
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			c.setAutoCommit(false);
			sql.execute("create schema " + schema);
			sql.execute("create role " + role + " nologin");
			sql.execute("grant usage on schema " + schema + " to " + role);
			c.setSchema(schema);
			sql.execute(ddl);
			sql.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
			c.commit();
			c.setSchema("platform");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void sql(String statement) {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

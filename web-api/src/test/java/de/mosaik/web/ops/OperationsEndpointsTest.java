package de.mosaik.web.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import de.mosaik.core.tenancy.Role;
import de.mosaik.infra.liquibase.PlatformChangelog;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Kubernetes and Prometheus see: the liveness and readiness groups, readiness down when the
 * platform changelog has not run, and the metrics endpoint with Mosaik's own metrics and no tenant in
 * any label.
 */
class OperationsEndpointsTest extends IntegrationTest {

	static final String NEUMUENSTER = "01004000";

	/** A Prometheus sample line: name, optional labels, value. */
	static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+\\S+.*$");

	static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Autowired
	Fixtures fixtures;

	@Autowired
	HealthEndpointGroups groups;

	@Autowired
	PlatformChangelog platformChangelog;

	@Autowired
	DataSource dataSource;

	@Autowired
	JwtEncoder encoder;

	@Test
	void livenessAndReadinessAreOpenToTheProbesAndUp() {
		Api.Response liveness = Api.anonymous().get("/actuator/health/liveness");
		Api.Response readiness = Api.anonymous().get("/actuator/health/readiness");
		assertThat(liveness.status()).as(liveness.toString()).isEqualTo(200);
		assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
		assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void readinessChecksTheDatabaseAndTheMigrationsLivenessNeither() {
		assertThat(groups.get("readiness").isMember("db")).isTrue();
		assertThat(groups.get("readiness").isMember("migrations")).isTrue();
		assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
		// a database outage must not make Kubernetes restart every pod
		assertThat(groups.get("liveness").isMember("db")).isFalse();
		assertThat(groups.get("liveness").isMember("migrations")).isFalse();
		assertThat(groups.get("liveness").isMember("livenessState")).isTrue();
	}

	@Test
	void readinessIsDownWhileThePlatformChangelogHasNotRun() throws Exception {
		String last = platformChangelog.changeSetIds().get(platformChangelog.changeSetIds().size() - 1);
		assertThat(platformChangelog.missing()).isEmpty();
		sql("create table platform.changelog_backup as select * from platform.databasechangelog where id = '" + last + "'");
		try {
			sql("delete from platform.databasechangelog where id = '" + last + "'");
			assertThat(platformChangelog.missing()).containsExactly(last);
			assertThat(Api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(503);
			assertThat(Api.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
		}
		finally {
			sql("insert into platform.databasechangelog select * from platform.changelog_backup");
			sql("drop table platform.changelog_backup");
		}
		assertThat(Api.anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	@Test
	void prometheusScrapesWithoutLoginAndSeesMosaiksMetricsWithoutTenantLabels() throws Exception {
		// traffic in a tenant first, so that per-request metrics exist for its URLs
		fixtures.council(NEUMUENSTER);
		fixtures.grant("ops-officer", NEUMUENSTER, Role.MUNICIPAL_OFFICER);
		Api officer = Api.as(new Tokens(encoder).forSubject("ops-officer"));
		assertThat(officer.get("/api/v1/tenants/" + NEUMUENSTER + "/departments").status()).isEqualTo(200);
		assertThat(officer.get("/api/v1/tenants/" + NEUMUENSTER + "/departments/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);

		HttpResponse<String> scrape = scrape();
		assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
		String text = scrape.body();
		List<String> names = new ArrayList<>();
		List<String> labelNames = new ArrayList<>();
		List<String> labelValues = new ArrayList<>();
		for (String line : text.lines().toList()) {
			Matcher sample = SAMPLE.matcher(line);
			if (line.startsWith("#") || !sample.matches()) {
				continue;
			}
			names.add(sample.group(1));
			if (sample.group(3) != null) {
				Matcher label = LABEL.matcher(sample.group(3));
				while (label.find()) {
					labelNames.add(label.group(1));
					labelValues.add(label.group(2));
				}
			}
		}
		assertThat(names).contains("mosaik_migrations_tenants_total", "mosaik_migrations_runs_seconds_count",
				"mosaik_migrations_running", "mosaik_onboarding_tenants_total", "mosaik_onboarding_jobs_total",
				"http_server_requests_seconds_count", "hikaricp_connections_active");
		assertThat(text).contains("mosaik_migrations_tenants_total{application=\"mosaik\",outcome=\"failed\"}");
		assertThat(labelNames).doesNotContain("tenant", "ags", "schema");
		assertThat(labelValues).noneMatch(value -> value.contains(NEUMUENSTER));
		assertThat(labelValues).contains("/api/v1/tenants/{tenant}/departments");
	}

	@Test
	void otherActuatorEndpointsStayClosed() {
		assertThat(Api.anonymous().get("/actuator/env").status()).isNotEqualTo(200);
		assertThat(Api.anonymous().get("/actuator/metrics").status()).isNotEqualTo(200);
		assertThat(Api.anonymous().get("/actuator/beans").status()).isNotEqualTo(200);
	}

	private void sql(String statement) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute(statement);
		}
	}

	/** The scrape as Prometheus asks for it (text format), without credentials. */
	static HttpResponse<String> scrape() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/actuator/prometheus"))
			.header("Accept", "text/plain")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}

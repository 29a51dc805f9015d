package de.mosaik.web.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.mosaik.core.monitoring.AreaDirectory;
import de.mosaik.core.monitoring.CountyDashboard;
import de.mosaik.core.monitoring.CountyMonitoring;
import de.mosaik.core.monitoring.OperationalCounts.OperationalCount;
import de.mosaik.core.monitoring.Period;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.core.tenancy.CurrentTenant;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.infra.redis.RedisKeys;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The county's view across its members, with councils onboarded through the operators' API: Landkreis Verden
 * (03361) and four members. Members enter values in their own Mosaik; the county reads sums and rates with
 * small numbers suppressed, never a member's rows, and its dashboard comes from Redis until a member writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyMonitoringTest extends IntegrationTest {

	static final String COUNTY = "03361";

	static final String ACHIM = "03361001";

	static final String BLENDER = "03361002";

	static final String DOERVERDEN = "03361003";

	static final String EMTINGHAUSEN = "03361004";

	static final List<String> MEMBERS = List.of(ACHIM, BLENDER, DOERVERDEN, EMTINGHAUSEN);

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	DataSource dataSource;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	RedisKeys keys;

	@Autowired
	CountyMonitoring monitoring;

	@Autowired
	AreaDirectory directory;

	@Autowired
	CurrentTenant currentTenant;

	@Autowired
	TestOperationalCounts operational;

	@Value("${mosaik.tenancy.role-prefix}")
	String rolePrefix;

	Tokens tokens;

	Api coordinator;

	@BeforeAll
	void onboardAndRecord() {
		tokens = new Tokens(encoder);
		fixtures.grant("cty-operator", null, Role.PLATFORM_OPERATOR);
		Api operator = Api.as(tokens.forSubject("cty-operator"));
		for (String ags : List.of(COUNTY, ACHIM, BLENDER, DOERVERDEN, EMTINGHAUSEN)) {
			Api.Response onboarded = operator.post("/api/v1/platform/councils", Map.of("ags", ags));
			assertThat(onboarded.status()).as(onboarded.toString()).isIn(201, 409);
		}
		fixtures.grant("cty-coordinator", COUNTY, Role.COUNTY_COORDINATOR);
		fixtures.grant("cty-counsellor", COUNTY, Role.COUNSELLOR);
		for (String member : MEMBERS) {
			fixtures.grant("cty-officer-" + member, member, Role.MUNICIPAL_OFFICER);
		}
		coordinator = Api.as(tokens.forSubject("cty-coordinator"));

		// foreigners (a count of people) in 2023 and 2024; Blender's 2 in 2024 and Emtinghausen's 1 in 2023 are too few
		record("NI-MT-1.2.1", Map.of(ACHIM, 110, BLENDER, 10, DOERVERDEN, 40, EMTINGHAUSEN, 1), "2023");
		record("NI-MT-1.2.1", Map.of(ACHIM, 120, BLENDER, 2, DOERVERDEN, 45, EMTINGHAUSEN, 60), "2024");
		// the share of foreigners, with numerator and denominator; Blender reports none
		rate(ACHIM, 120, 1000);
		rate(DOERVERDEN, 45, 500);
		rate(EMTINGHAUSEN, 60, 600);
		String foreigners = indicatorId(coordinator, COUNTY, "NI-MT-1.2.1");
		assertThat(coordinator.post(base(COUNTY) + "/values", Map.of("indicatorId", foreigners, "period", "2024", "value", 235))
			.status()).isEqualTo(201);
		operational.set(COUNTY, List.of(
				new OperationalCount(TestOperationalCounts.CODE, ACHIM, Period.parse("2024"), 4, null),
				new OperationalCount(TestOperationalCounts.CODE, BLENDER, Period.parse("2024"), 2, null),
				new OperationalCount(TestOperationalCounts.CODE, "03361999", Period.parse("2024"), 99, null)));
	}

	private static String base(String tenant) {
		return "/api/v1/tenants/" + tenant + "/monitoring";
	}

	private Api officer(String member) {
		return Api.as(tokens.forSubject("cty-officer-" + member));
	}

	private static String indicatorId(Api api, String tenant, String code) {
		return api.get(base(tenant) + "/indicators?q=" + code).json().get("content").get(0).get("id").asString();
	}

	private void record(String code, Map<String, Integer> values, String period) {
		values.forEach((member, value) -> {
			Api officer = officer(member);
			Api.Response created = officer.post(base(member) + "/values",
					Map.of("indicatorId", indicatorId(officer, member, code), "period", period, "value", value));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
		});
	}

	private void rate(String member, int numerator, int denominator) {
		Api officer = officer(member);
		assertThat(officer.post(base(member) + "/values", Map.of("indicatorId", indicatorId(officer, member, "NI-MT-1.2.2"),
				"period", "2024", "numerator", numerator, "denominator", denominator)).status()).isEqualTo(201);
	}

	private static JsonNode panel(JsonNode dashboard, String code) {
		for (JsonNode p : dashboard.get("indicators")) {
			if (p.get("code").asString().equals(code)) {
				return p;
			}
		}
		throw new AssertionError("no panel " + code + " in " + dashboard);
	}

	private static JsonNode member(JsonNode panel, String ags) {
		for (JsonNode row : panel.get("members")) {
			if (row.get("area").asString().equals(ags)) {
				return row.get("cells");
			}
		}
		throw new AssertionError("no member " + ags);
	}

	@Test
	void theCountySeesSumsAndRatesAcrossItsMembersWithSmallNumbersSuppressedSoThatNoneCanBeRecomputed() {
		JsonNode dashboard = coordinator.get(base(COUNTY) + "/county").json();
		assertThat(dashboard.get("members").asInt()).isEqualTo(4);
		assertThat(dashboard.get("threshold").asInt()).isEqualTo(3);
		JsonNode foreigners = panel(dashboard, "NI-MT-1.2.1");
		assertThat(foreigners.get("periods").toString()).isEqualTo("[\"2023\",\"2024\"]");
		assertThat(foreigners.get("totals").get(0).get("value").asInt()).isEqualTo(161);
		assertThat(foreigners.get("totals").get(1).get("value").asInt()).isEqualTo(227);
		assertThat(foreigners.get("totals").get(1).get("reporting").asInt()).isEqualTo(4);
		assertThat(foreigners.get("own").get(1).get("value").asInt()).as("the county's own value").isEqualTo(235);

		// 2024: Blender (2) is suppressed, and so is the next smallest, Dörverden (45): 227 - 120 - 60 gives only their sum
		JsonNode blender = member(foreigners, BLENDER);
		assertThat(blender.get(1).get("suppressed").asBoolean()).isTrue();
		assertThat(blender.get(1).get("value").isNull()).isTrue();
		assertThat(member(foreigners, DOERVERDEN).get(1).get("suppressed").asBoolean()).isTrue();
		assertThat(member(foreigners, ACHIM).get(1).get("value").asInt()).isEqualTo(120);
		assertThat(member(foreigners, EMTINGHAUSEN).get(1).get("value").asInt()).isEqualTo(60);
		// 2023: Emtinghausen (1), then Blender (10)
		assertThat(member(foreigners, EMTINGHAUSEN).get(0).get("suppressed").asBoolean()).isTrue();
		assertThat(member(foreigners, BLENDER).get(0).get("suppressed").asBoolean()).isTrue();
		assertThat(member(foreigners, DOERVERDEN).get(0).get("value").asInt()).isEqualTo(40);
		assertThat(foreigners.toString()).as("no suppressed number anywhere in the panel").doesNotContain("\"value\":2,")
			.doesNotContain("\"value\":1,").doesNotContain("\"value\":10,").doesNotContain("\"value\":45,");

		JsonNode share = panel(dashboard, "NI-MT-1.2.2");
		assertThat(share.get("totals").get(0).get("value").decimalValue())
			.as("(120 + 45 + 60) / (1000 + 500 + 600) × 100").isEqualByComparingTo("10.714286");
		assertThat(share.get("totals").get(0).get("reporting").asInt()).isEqualTo(3);
		assertThat(member(share, BLENDER).get(0).get("value").isNull()).as("Blender reported none").isTrue();

		JsonNode partners = panel(dashboard, TestOperationalCounts.CODE);
		assertThat(partners.get("operational").asBoolean()).isTrue();
		assertThat(partners.get("totals").get(0).get("value").asInt()).as("only members count, not unknown areas")
			.isEqualTo(6);
		assertThat(member(partners, BLENDER).get(0).get("value").asInt()).as("organisations, not people").isEqualTo(2);

		Api.Response csv = coordinator.send("GET", base(COUNTY) + "/county/indicators/NI-MT-1.2.1/members.csv", null,
				Map.of("Accept", "text/csv", "Accept-Language", "de"));
		assertThat(csv.raw().body()).contains(BLENDER + ";Blender;.;.").contains(ACHIM + ";Achim, Stadt;110;120")
			.contains(";Summe der Gemeinden;161;227");
		Api.Response overview = coordinator.send("GET", base(COUNTY) + "/county/overview.csv", null,
				Map.of("Accept", "text/csv", "Accept-Language", "de"));
		assertThat(overview.raw().body()).contains("NI-MT-1.2.1;Ausländerinnen und Ausländer;Anzahl;2024;227;4/4;235");
	}

	@Test
	void onlyTheCountysCoordinationAndViewersSeeItAndMembersHaveNoCountyView() {
		assertThat(Api.as(tokens.forSubject("cty-counsellor")).get(base(COUNTY) + "/county").status()).isEqualTo(403);
		Api achim = officer(ACHIM);
		assertThat(achim.get(base(COUNTY) + "/county").status()).as("a member's officer in the county").isEqualTo(404);
		Api.Response own = achim.get(base(ACHIM) + "/county");
		assertThat(own.status()).as("a municipality has no county view").isEqualTo(403);
		assertThat(coordinator.get(base(COUNTY) + "/county/indicators/NI-MT-9.9.9").status()).isEqualTo(404);
	}

	@Test
	void theCountysDatabaseRoleReadsTheMembersAggregatesAndIsRefusedTheirTables() throws SQLException {
		fixtures.council("03359001");
		String countyRole = new TenantKey(COUNTY).roleName(rolePrefix);
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute("SET ROLE \"" + countyRole + "\"");
			try {
				try (ResultSet rs = sql.executeQuery("select count(*) from t_" + ACHIM + ".county_indicator_values")) {
					rs.next();
					assertThat(rs.getInt(1)).isEqualTo(3);
				}
				for (String table : List.of("indicator_value", "indicator", "statistics_import", "department")) {
					assertThatThrownBy(() -> sql.executeQuery("select * from t_" + ACHIM + "." + table))
						.as(table)
						.isInstanceOf(SQLException.class)
						.hasMessageContaining("permission denied");
				}
				assertThatThrownBy(() -> sql.executeUpdate("delete from t_" + ACHIM + ".county_indicator_values"))
					.as("the view is read-only").isInstanceOf(SQLException.class);
				assertThatThrownBy(() -> sql.executeQuery("select * from t_03359001.county_indicator_values"))
					.as("a municipality of another county").hasMessageContaining("permission denied");
			}
			finally {
				sql.execute("RESET ROLE");
			}
		}
	}

	@Test
	void theDashboardComesFromRedisUntilAMemberWritesAndWorksWithoutRedis() throws SQLException {
		Api.Response first = coordinator.get(base(COUNTY) + "/county");
		String version = redis.opsForValue().get(keys.key(COUNTY, "monitoring", "version"));
		assertThat(redis.hasKey(keys.key(COUNTY, "monitoring", "dashboard", version == null ? "0" : version, "YEAR")))
			.isTrue();
		// a value that reaches the member's table without the application (so nothing invalidates) stays unseen
		String indicator = indicatorId(officer(ACHIM), ACHIM, "NI-MT-2.3.1");
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
			sql.execute("insert into t_" + ACHIM + ".indicator_value (id, indicator_id, indicator_code, area, period_type, "
					+ "period_start, value, source, created_at, updated_at) values (gen_random_uuid(), '" + indicator
					+ "', 'NI-MT-2.3.1', '" + ACHIM + "', 'YEAR', '2022-01-01', 100, 'MANUAL', now(), now())");
		}
		JsonNode cached = coordinator.get(base(COUNTY) + "/county").json();
		assertThat(cached.toString()).isEqualTo(first.json().toString());
		assertThat(cached.toString()).doesNotContain("NI-MT-2.3.1");

		// a member's write through Mosaik drops its county's dashboard
		Api.Response written = officer(EMTINGHAUSEN).post(base(EMTINGHAUSEN) + "/values",
				Map.of("indicatorId", indicatorId(officer(EMTINGHAUSEN), EMTINGHAUSEN, "NI-MT-2.3.1"), "period", "2022",
						"value", 50));
		assertThat(written.status()).isEqualTo(201);
		JsonNode fresh = panel(coordinator.get(base(COUNTY) + "/county").json(), "NI-MT-2.3.1");
		assertThat(fresh.get("periods").get(0).asString()).isEqualTo("2022");
		assertThat(fresh.get("totals").get(0).get("value").asInt()).isEqualTo(150);

		LettuceConnectionFactory nowhere = new LettuceConnectionFactory("127.0.0.1", 1);
		nowhere.afterPropertiesSet();
		nowhere.start();
		try {
			DashboardCache down = new DashboardCache(new StringRedisTemplate(nowhere), keys, monitoring, directory);
			CountyDashboard dashboard = currentTenant.callAs(new TenantKey(COUNTY), () -> down.dashboard(COUNTY, PeriodType.YEAR));
			assertThat(dashboard.panel("NI-MT-2.3.1").totals().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(150));
			down.changed(new de.mosaik.core.shared.MonitoringChanged(new TenantKey(ACHIM)));
		}
		finally {
			nowhere.destroy();
		}
	}
}

package de.mosaik.web.offboarding;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import de.mosaik.admin.offboarding.TenantArchives;
import de.mosaik.admin.offboarding.TenantKeys;
import de.mosaik.core.tenancy.Role;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council leaves: its people download everything, the operator confirms, it is deleted without a
 * trace but the proof. This class's councils: Landkreis Celle (03351) with Bergen (03351004), Eschede
 * (03351006) and Faßberg (03351008).
 */
class OffboardingTest extends IntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String BERGEN = "03351004";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	DataSource dataSource;

	@Autowired
	TenantArchives archives;

	@Autowired
	TenantKeys redisKeys;

	@Value("${mosaik.tenancy.role-prefix}")
	String rolePrefix;

	@Test
	void aCouncilIsExportedConfirmedAndDeletedLeavingOnlyTheProof() throws Exception {
		fixtures.council(BERGEN);
		fixtures.grant("off-officer", BERGEN, Role.MUNICIPAL_OFFICER);
		fixtures.grant("off-operator", null, Role.PLATFORM_OPERATOR);
		Tokens tokens = new Tokens(encoder);
		Api officer = Api.as(tokens.forSubject("off-officer"));
		Api operator = Api.as(tokens.forSubject("off-operator"));
		String departments = "/api/v1/tenants/" + BERGEN + "/departments";
		assertThat(officer.post(departments, Map.of("name", "Amt für Zuwanderung", "contactEmail", "z@bergen.example"))
			.status()).isEqualTo(201);
		assertThat(redisKeys.count(BERGEN)).as("rate-limit windows of the council").isPositive();

		Api.Response requested = operator.post("/api/v1/platform/councils/" + BERGEN + "/offboarding", null);
		assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
		String sha256 = requested.json().get("archiveSha256").asString();
		assertThat(officer.post(departments, Map.of("name", "Noch eins")).status()).as("read-only now").isEqualTo(423);

		byte[] zip = download("/api/v1/tenants/" + BERGEN + "/export", tokens.forSubject("off-officer"));
		Map<String, byte[]> entries = unzip(zip);
		assertThat(entries).containsKeys("manifest.json", "SHA256SUMS", "department.json", "department.csv");
		for (String line : new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8).split("\n")) {
			String[] parts = line.split("  ");
			assertThat(sha256(entries.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
		}
		String csv = new String(entries.get("department.csv"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("id,name,short_name,contact_email").contains("Amt für Zuwanderung,,z@bergen.example");
		assertThat(operator.get("/api/v1/tenants/" + BERGEN + "/export").status()).as("operators never read content")
			.isEqualTo(404);

		Api.Response wrongKey = operator.post("/api/v1/platform/councils/" + BERGEN + "/offboarding/confirmation",
				Map.of("ags", "03351006"));
		assertThat(wrongKey.status()).isEqualTo(400);
		assertThat(wrongKey.json().get("errors").get(0).get("field").asString()).isEqualTo("ags");
		assertThat(operator.post("/api/v1/platform/councils/" + BERGEN + "/offboarding/deletion", null).status())
			.as("not confirmed yet").isEqualTo(409);
		assertThat(operator.post("/api/v1/platform/councils/" + BERGEN + "/offboarding/confirmation",
				Map.of("ags", BERGEN)).json().get("status").asString()).isEqualTo("CONFIRMED");

		Api.Response proof = operator.post("/api/v1/platform/councils/" + BERGEN + "/offboarding/deletion", null);
		assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
		assertThat(proof.json().get("verified").asBoolean()).isTrue();
		assertThat(proof.json().get("remnants")).isEmpty();
		assertThat(proof.json().get("archiveSha256").asString()).isEqualTo(sha256);
		// the council's own download holds exactly the data whose checksums the proof keeps
		JsonNode kept = JSON.readTree(proof.json().get("manifest").asString()).get("tables");
		JsonNode downloaded = JSON.readTree(entries.get("manifest.json")).get("tables");
		assertThat(kept.findValuesAsString("jsonSha256")).isNotEmpty()
			.isEqualTo(downloaded.findValuesAsString("jsonSha256"));
		assertThat(kept.findValuesAsString("csvSha256")).isEqualTo(downloaded.findValuesAsString("csvSha256"));

		// checked independently of the application's own checker
		assertThat(count("select count(*) from pg_namespace where nspname = 't_" + BERGEN + "'")).isZero();
		assertThat(count("select count(*) from pg_roles where rolname = '" + rolePrefix + "t_" + BERGEN + "'")).isZero();
		assertThat(count("select count(*) from platform.tenant where ags = '" + BERGEN + "'")).isZero();
		assertThat(count("select count(*) from platform.offboarding where ags = '" + BERGEN + "'")).isZero();
		assertThat(count("select count(*) from platform.membership m where not exists "
				+ "(select 1 from platform.tenant t where t.id = m.tenant_id) and m.tenant_id is not null")).isZero();
		assertThat(count("select count(*) from platform.deletion_proof where ags = '" + BERGEN + "'")).isEqualTo(1);
		assertThat(count("select count(*) from platform.audit_entry where target = '" + BERGEN
				+ "' and action = 'tenant.deleted'")).isEqualTo(1);
		assertThat(redisKeys.count(BERGEN)).isZero();
		assertThat(officer.get(departments).status()).isEqualTo(404);
		assertThat(operator.get("/api/v1/platform/deletion-proofs/" + BERGEN).json().get("verified").asBoolean()).isTrue();
	}

	@Test
	void aCountyLeavesOnlyAfterItsMembers() {
		fixtures.council("03351006");
		fixtures.grant("off-operator", null, Role.PLATFORM_OPERATOR);
		Api operator = Api.as(new Tokens(encoder).forSubject("off-operator"));
		Api.Response refused = operator.post("/api/v1/platform/councils/03351/offboarding", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:mosaik:problem:offboarding/members-remain");
		assertThat(operator.get("/api/v1/platform/councils/03351").json().get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void theExportRestoresIntoAFreshCouncilWithTheSameContent() throws Exception {
		String source = "03351006";
		String fresh = "03351008";
		fixtures.council(source);
		fixtures.council(fresh);
		fixtures.grant("off-officer2", source, Role.MUNICIPAL_OFFICER);
		Api officer = Api.as(new Tokens(encoder).forSubject("off-officer2"));
		officer.post("/api/v1/tenants/" + source + "/departments",
				Map.of("name", "Büro \"Vielfalt\", Zuwanderung & Teilhabe", "shortName", "BVZ", "contactEmail", "v@e.example"));
		TenantArchives.Archive archive = archives.export(new TenantKey(source), "Eschede");
		archives.restore(new TenantKey(fresh), archive.zip());
		String rows = "select string_agg(id || '|' || name || '|' || coalesce(short_name, '') || '|' || "
				+ "coalesce(contact_email, '') || '|' || created_at || '|' || version, ';' order by id) from t_%s.department";
		assertThat(text(rows.formatted(fresh))).isEqualTo(text(rows.formatted(source))).contains("Vielfalt");
	}

	private static byte[] download(String path, String token) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
		return response.body();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private long count(String query) throws Exception {
		return Long.parseLong(text(query));
	}

	private String text(String query) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}

}

package de.mosaik.web.ops;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.mosaik.admin.tenant.MigrationState;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.infra.testing.TestDatabase;
import de.mosaik.web.MosaikApplication;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration Job as Kubernetes runs it: a separate JVM started with {@code MOSAIK_MODE=migrate} and
 * the production environment variables, against the same database as this test's application. It
 * opens no HTTP port, logs JSON lines (ECS) that name the tenant, and its exit code tells whether every
 * tenant is current.
 */
class MigrationJobProcessTest extends IntegrationTest {

	static final String LUEBECK = "01003000";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Fixtures fixtures;

	@Autowired
	Tenants tenants;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path temp;

	@Test
	void theJobExitsNonZeroWhenATenantFailsAndZeroWhenAllAreCurrent() throws Exception {
		fixtures.council(LUEBECK);
		BrokenTenant luebeck = new BrokenTenant(dataSource, LUEBECK);
		luebeck.breakIt();
		Result failing;
		try {
			failing = runJob("failing");
		}
		finally {
			luebeck.mend();
		}
		assertThat(failing.exitCode()).as(failing.output()).isEqualTo(MigrationJob.TENANTS_FAILED);
		assertThat(tenants.findByAgs(LUEBECK).orElseThrow().getMigrationState()).as(failing.output()).isEqualTo(MigrationState.FAILED);
		// structured logs: one JSON object per line, the failing tenant as a field of its own
		List<JsonNode> lines = failing.jsonLines();
		assertThat(lines).isNotEmpty();
		assertThat(lines).anySatisfy(line -> {
			assertThat(level(line)).isEqualTo("WARN");
			assertThat(line.path("tenant").asString()).isEqualTo(LUEBECK);
			assertThat(line.path("message").asString()).contains("Migration of tenant " + LUEBECK);
		});
		assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asString()).contains("exit 1"));
		// no web server in this mode
		assertThat(failing.output()).doesNotContain("Tomcat started");

		Result mended = runJob("mended");
		assertThat(mended.exitCode()).as(mended.output()).isEqualTo(MigrationJob.OK);
		assertThat(tenants.findByAgs(LUEBECK).orElseThrow().getMigrationState()).isEqualTo(MigrationState.CURRENT);
	}

	/** ECS has the level as {@code log.level}, nested or as a dotted name. */
	static String level(JsonNode line) {
		JsonNode nested = line.path("log").path("level");
		return nested.isMissingNode() ? line.path("log.level").asString() : nested.asString();
	}

	record Result(int exitCode, String output) {

		List<JsonNode> jsonLines() {
			List<JsonNode> nodes = new ArrayList<>();
			for (String line : output.lines().toList()) {
				if (line.startsWith("{")) {
					nodes.add(JSON.readTree(line));
				}
			}
			return nodes;
		}
	}

	private Result runJob(String name) throws IOException, InterruptedException {
		TestDatabase db = TestDatabase.get();
		Path log = temp.resolve(name + ".log");
		ProcessBuilder process = new ProcessBuilder(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp",
				applicationClassPath(), MosaikApplication.class.getName()).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = process.environment();
		env.keySet().removeIf(key -> key.startsWith("MOSAIK_"));
		env.put("MOSAIK_MODE", "migrate");
		env.put("MOSAIK_LOG_FORMAT", "ecs");
		env.put("MOSAIK_DB_URL", db.url());
		if (db.username() != null) {
			env.put("MOSAIK_DB_USER", db.username());
			env.put("MOSAIK_DB_PASSWORD", db.password());
		}
		env.put("MOSAIK_DB_ROLE_PREFIX", db.rolePrefix());
		env.put("MOSAIK_DB_POOL_SIZE", "3");
		env.put("MOSAIK_DATA_DIR", temp.resolve("data").toString());
		Process started = process.start();
		if (!started.waitFor(180, TimeUnit.SECONDS)) {
			started.destroyForcibly();
			throw new AssertionError("The migration job did not end within 180 s:\n" + Files.readString(log));
		}
		return new Result(started.exitValue(), Files.readString(log));
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The application's class path: this test's, without the test classes. */
	private static String applicationClassPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
	}
}

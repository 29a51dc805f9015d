package de.mosaik.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.mosaik.infra.testing.TestDatabase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application as operators run it, in its own JVM: start time on the embedded default,
 * and resident memory with 11,045 tenants registered against 10.
 */
class StartupAndMemoryBenchmark {

	static final Pattern STARTED = Pattern.compile("Started MosaikApplication in ([0-9.]+) seconds");

	@Test
	void startTimeOnTheEmbeddedDefault() throws Exception {
		Path dataDir = Files.createTempDirectory("mosaik-bench-data");
		double first = startAndStop(Map.of("MOSAIK_DATA_DIR", dataDir.toString()), List.of()).startSeconds();
		double second = startAndStop(Map.of("MOSAIK_DATA_DIR", dataDir.toString()), List.of()).startSeconds();
		new Figures("startup", "mvn -B -Pbench verify -Dit.test=StartupAndMemoryBenchmark")
			.line("| start of `java -jar` on the embedded default | seconds (Spring's \"Started … in\") | target |")
			.line("| --- | --- | --- |")
			.line("| first start: new data folder (initdb, platform changelog, demo county with 3 members) | "
					+ String.format("%.1f", first) + " | < 20 |")
			.line("| restart with the data folder kept | " + String.format("%.1f", second) + " | < 20 |")
			.write();
	}

	@Test
	void residentMemoryWithElevenThousandTenantsAgainstTen() throws Exception {
		TestDatabase db = TestDatabase.get();
		// its own database: other benchmarks of this JVM register tenants too
		String url = db.anotherDatabase("bench_memory");
		Map<String, String> env = Map.of("MOSAIK_DB_URL", url, "MOSAIK_DB_USER", db.username() == null ? "" : db.username(),
				"MOSAIK_DB_PASSWORD", db.password() == null ? "" : db.password(), "MOSAIK_DEMO_DATA", "false",
				"MOSAIK_DB_ROLE_PREFIX", db.rolePrefix());
		// the first start creates the platform schema; then 10 tenants are registered
		startAndStop(env, List.of());
		register(db, url, 10);
		Run ten = startAndStop(env, List.of());
		register(db, url, Integer.MAX_VALUE);
		Run all = startAndStop(env, List.of());
		assertThat(all.tenants()).isGreaterThanOrEqualTo(11_000);
		new Figures("memory", "mvn -B -Pbench verify -Dit.test=StartupAndMemoryBenchmark")
			.line("| tenants registered | resident set (VmRSS) | heap used after full GC | ratio (RSS) | target |")
			.line("| --- | --- | --- | --- | --- |")
			.line("| " + ten.tenants() + " | " + ten.rssMiB() + " MiB | " + ten.heapMiB() + " MiB | 1.00 | |")
			.line("| " + all.tenants() + " | " + all.rssMiB() + " MiB | " + all.heapMiB() + " MiB | "
					+ String.format("%.2f", (double) all.rssMiB() / ten.rssMiB()) + " | ≤ 1.1 |")
			.line("")
			.line("JVM flags: -Xmx512m -XX:+UseSerialGC; measured after start (which checks every tenant's "
					+ "schema version), 200 requests and a full GC.")
			.write();
	}

	/** What one start showed. */
	record Run(double startSeconds, long rssMiB, long heapMiB, long tenants) {
	}

	private Run startAndStop(Map<String, String> env, List<String> args) throws Exception {
		int port = freePort();
		Path log = Files.createTempFile("mosaik-bench", ".log");
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC", "-jar",
				jar().toString(), "--server.port=" + port, "--mosaik.embedded.postgres.port=" + freePort()));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		try {
			double seconds = waitForStart(log, process);
			HttpClient http = HttpClient.newHttpClient();
			for (int i = 0; i < 200; i++) {
				http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
			}
			new ProcessBuilder("jcmd", String.valueOf(process.pid()), "GC.run").start().waitFor();
			Thread.sleep(500);
			long rss = rssKiB(process.pid()) / 1024;
			long heap = heapUsedKiB(process.pid()) / 1024;
			long tenants = countTenants(env.get("MOSAIK_DB_URL"));
			return new Run(seconds, rss, heap, tenants);
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static double waitForStart(Path log, Process process) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			Matcher matcher = STARTED.matcher(Files.readString(log));
			if (matcher.find()) {
				return Double.parseDouble(matcher.group(1));
			}
			if (!process.isAlive()) {
				throw new IllegalStateException("Mosaik stopped: " + Files.readString(log));
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Mosaik did not start within 3 minutes: " + Files.readString(log));
	}

	private static long rssKiB(long pid) throws IOException {
		try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
			return lines.filter(l -> l.startsWith("VmRSS:"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", "")))
				.findFirst()
				.orElseThrow();
		}
	}

	private static long heapUsedKiB(long pid) throws Exception {
		Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
		String out = new String(jcmd.getInputStream().readAllBytes());
		jcmd.waitFor();
		Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(out);
		long sum = 0;
		while (used.find()) {
			sum += Long.parseLong(used.group(1));
		}
		return sum;
	}

	private static long countTenants(String url) {
		if (url == null) {
			return -1;
		}
		TestDatabase db = TestDatabase.get();
		try (Connection c = DriverManager.getConnection(url, db.username(), db.password()); Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select count(*) from platform.tenant")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void register(TestDatabase db, String url, int limit) throws Exception {
		try (Connection c = DriverManager.getConnection(url, db.username(), db.password())) {
			RegisteredTenants.register(c, currentVersion(c), limit);
		}
	}

	/** The version a started Mosaik recorded for its tenants, so that the registered rows count as current. */
	private static String currentVersion(Connection c) throws Exception {
		try (Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select target_version from platform.migration_run order by started_at desc limit 1")) {
			return rs.next() ? rs.getString(1) : "unknown";
		}
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("web-api-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Package web-api first (mvn -Pbench verify does)"));
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

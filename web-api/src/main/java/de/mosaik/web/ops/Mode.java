package de.mosaik.web.ops;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * How this process runs, from {@code mosaik.mode} ({@code MOSAIK_MODE}): {@code serve} (the default)
 * is the web application; {@code migrate} runs the platform changelog and all tenant migrations
 * without a web server and exits (the Kubernetes migration Job; see {@link MigrationJob}). The migrate
 * mode switches off everything a serving instance does at start besides: no migration on start (the Job
 * is that), no resumed onboarding jobs, no demo data.
 */
public final class Mode implements EnvironmentPostProcessor {

	public static final String PROPERTY = "mosaik.mode";

	public static final String SERVE = "serve";

	public static final String MIGRATE = "migrate";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (isMigrate(environment)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("mosaik-migrate-mode",
						Map.of("spring.main.web-application-type", "none", "mosaik.migrations.on-start", "false",
								"mosaik.onboarding.resume-on-start", "false", "mosaik.demo.enabled", "false")));
		}
	}

	/** @throws IllegalArgumentException for a mode that does not exist, rather than serving by mistake */
	public static boolean isMigrate(Environment environment) {
		String mode = environment.getProperty(PROPERTY, SERVE).trim().toLowerCase(Locale.ROOT);
		if (!mode.equals(SERVE) && !mode.equals(MIGRATE)) {
			throw new IllegalArgumentException(PROPERTY + " (MOSAIK_MODE) must be " + SERVE + " or " + MIGRATE + ", not " + mode);
		}
		return mode.equals(MIGRATE);
	}
}

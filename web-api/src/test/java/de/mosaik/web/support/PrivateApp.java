package de.mosaik.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import de.mosaik.admin.membership.Identity;
import de.mosaik.admin.membership.MembershipService;
import de.mosaik.admin.onboarding.OnboardingService;
import de.mosaik.admin.register.CouncilKind;
import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.MosaikApplication;
import de.mosaik.web.security.DemoAccounts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The whole application in this JVM on a port of its own, against a database and Redis that a test
 * owns (and may take away): not the shared context of {@link IntegrationTest}, whose database the other
 * tests need. Closed by the test.
 */
public final class PrivateApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String baseUrl;

	private PrivateApp(ConfigurableApplicationContext context, String baseUrl) {
		this.context = context;
		this.baseUrl = baseUrl;
	}

	/**
	 * @param name names the data folder ({@code target/<name>-data}) and the tenant roles' prefix
	 * @param settings further properties, which win over the defaults here
	 */
	public static PrivateApp start(String name, String jdbcUrl, String redisUrl, Map<String, String> settings) {
		int port = freePort();
		String baseUrl = "http://localhost:" + port;
		Map<String, String> properties = new HashMap<>();
		properties.put("spring.datasource.url", jdbcUrl);
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("server.port", String.valueOf(port));
		properties.put("mosaik.base-url", baseUrl);
		properties.put("mosaik.demo.enabled", "false");
		properties.put("mosaik.embedded.postgres.enabled", "false");
		properties.put("mosaik.data-dir", "target/" + name + "-data");
		properties.put("mosaik.tenancy.role-prefix", name + "_");
		properties.put("spring.data.redis.url", redisUrl);
		properties.put("mosaik.redis.key-prefix", name + ":" + port + ":");
		properties.put("mosaik.offboarding.check-every", "PT1H");
		properties.put("mosaik.billing.check-every", "PT1H");
		properties.put("spring.main.banner-mode", "off");
		properties.putAll(settings);
		// as arguments: they must win over application.yml, as the environment's variables would
		String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MosaikApplication.class).run(arguments);
		return new PrivateApp(context, baseUrl);
	}

	public String baseUrl() {
		return baseUrl;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Onboards a council (a municipality's county first, as operators do). */
	public Tenant council(String ags) {
		OnboardingService onboarding = bean(OnboardingService.class);
		Tenants tenants = bean(Tenants.class);
		if (bean(OfficialRegister.class).find(ags).orElseThrow().kind() == CouncilKind.MUNICIPALITY) {
			String county = ags.substring(0, 5);
			tenants.findByAgs(county).orElseGet(() -> onboarding.onboard(county, "test"));
		}
		return tenants.findByAgs(ags).orElseGet(() -> onboarding.onboard(ags, "test"));
	}

	/** A person who signs in at this application's issuer with password {@code demo} and holds the role. */
	public void person(String username, String ags, Role role) {
		UserDetailsManager users = bean(UserDetailsManager.class);
		if (!users.userExists(username)) {
			users.createUser(User.withUsername(username).password("{noop}" + DemoAccounts.PASSWORD).roles("USER").build());
		}
		Tenant tenant = ags == null ? null : bean(Tenants.class).findByAgs(ags).orElseThrow();
		bean(MembershipService.class).grant(new Identity(baseUrl, username), tenant, role, username);
	}

	/** An access token of this application's issuer. */
	public String token(String subject, Duration validity) {
		return new Tokens(bean(JwtEncoder.class)).token(baseUrl, subject, Instant.now(), validity);
	}

	/** An API client with a token of this application's issuer. */
	public Api api(String subject, Duration validity) {
		return Api.at(baseUrl, token(subject, validity));
	}

	@Override
	public void close() {
		context.close();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

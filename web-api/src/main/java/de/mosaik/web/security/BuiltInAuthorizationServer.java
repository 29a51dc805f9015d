package de.mosaik.web.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The default run's own OpenID Connect issuer (Spring Authorization Server) with demo accounts. The
 * UI signs in against it with the authorization-code flow and PKCE exactly as against Keycloak.
 * Its sign-in state is kept apart from the application's, under its own session attribute.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(BuiltInIssuer.class)
class BuiltInAuthorizationServer {

	static final String CLIENT_ID = "mosaik-ui";

	private static final Logger log = LoggerFactory.getLogger(BuiltInAuthorizationServer.class);

	private final String clientSecret = UUID.randomUUID().toString();

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
		HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		contexts.setSpringSecurityContextKey("MOSAIK_ISSUER_SECURITY_CONTEXT");
		// its own saved request too, so that the page the person asked for survives the sign-in
		HttpSessionRequestCache requests = new HttpSessionRequestCache();
		requests.setSessionAttrName("MOSAIK_ISSUER_SAVED_REQUEST");
		http.oauth2AuthorizationServer(as -> {
			http.securityMatcher(new OrRequestMatcher(as.getEndpointsMatcher(),
					PathPatternRequestMatcher.pathPattern("/login")));
			as.oidc(oidc -> {
			});
		});
		http.securityContext(context -> context.securityContextRepository(contexts))
			.requestCache(cache -> cache.requestCache(requests))
			.authorizeHttpRequests(authorize -> authorize.requestMatchers("/login").permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	InMemoryUserDetailsManager demoUsers() {
		return new InMemoryUserDetailsManager(DemoAccounts.ALL.stream()
			.map(a -> User.withUsername(a.username()).password("{noop}" + DemoAccounts.PASSWORD).roles("USER").build())
			.toList());
	}

	@Bean
	RegisteredClientRepository registeredClients(MosaikProperties properties) {
		RegisteredClient ui = RegisteredClient.withId(CLIENT_ID)
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + clientSecret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(properties.baseUrl() + "/login/oauth2/code/mosaik")
			.postLogoutRedirectUri(properties.baseUrl() + "/")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
			.build();
		return new InMemoryRegisteredClientRepository(ui);
	}

	@Bean
	ClientRegistrationRepository clientRegistrations(MosaikProperties properties) {
		String issuer = properties.baseUrl();
		ClientRegistration registration = ClientRegistration.withRegistrationId("mosaik")
			.clientId(CLIENT_ID)
			.clientSecret(clientSecret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(OidcScopes.OPENID, OidcScopes.PROFILE)
			.authorizationUri(issuer + "/oauth2/authorize")
			.tokenUri(issuer + "/oauth2/token")
			.jwkSetUri(issuer + "/oauth2/jwks")
			.userInfoUri(issuer + "/userinfo")
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.issuerUri(issuer)
			.clientName("Mosaik")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(MosaikProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.baseUrl()).build();
	}

	/**
	 * The issuer's signing key, kept in the data folder: generated once (an RSA key takes seconds on a
	 * small machine), and tokens and sessions survive a restart of the default run.
	 */
	@Bean
	JWKSource<SecurityContext> jwkSource(@Value("${mosaik.data-dir:data}") String dataDir) {
		Path file = Path.of(dataDir).resolve("issuer-key.json");
		try {
			if (Files.exists(file)) {
				return new ImmutableJWKSet<>(new JWKSet(RSAKey.parse(Files.readString(file))));
			}
			KeyPair keys = rsaKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
				.privateKey((RSAPrivateKey) keys.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			Files.createDirectories(file.getParent());
			Files.writeString(file, key.toJSONString());
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's own protection has to do
			}
			return new ImmutableJWKSet<>(new JWKSet(key));
		}
		catch (IOException | java.text.ParseException ex) {
			throw new IllegalStateException("Cannot read or write the issuer key " + file, ex);
		}
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

	/** Access tokens are checked for this issuer, signature, expiry and not-before. */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, MosaikProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.baseUrl()));
		return decoder;
	}

	/** Puts the display name into ID tokens, so that the UI can greet people by name. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> displayNameInTokens() {
		return context -> DemoAccounts.ALL.stream()
			.filter(a -> a.username().equals(context.getPrincipal().getName()))
			.findFirst()
			.ifPresent(a -> context.getClaims().claim("name", a.displayName()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void printDemoAccounts() {
		StringBuilder text = new StringBuilder("\n\nMosaik built-in sign-in: demo accounts (password '")
			.append(DemoAccounts.PASSWORD)
			.append("')\n");
		DemoAccounts.ALL.forEach(a -> text.append(String.format("  %-12s %-20s %s%n", a.username(), a.displayName(), a.role())));
		log.info("{}", text);
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package de.mosaik.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Production sign-in against an external OpenID Connect issuer, typically one Keycloak realm for all
 * councils ({@code MOSAIK_OIDC_ISSUER_URI}); tenant memberships stay in Mosaik.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(BuiltInIssuer.External.class)
class ExternalIssuer {

	@Bean
	JwtDecoder jwtDecoder(MosaikProperties properties) {
		String issuer = properties.oidc().issuerUri();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
		return decoder;
	}

	@Bean
	ClientRegistrationRepository clientRegistrations(MosaikProperties properties) {
		MosaikProperties.Oidc oidc = properties.oidc();
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
			.registrationId("mosaik")
			.clientId(oidc.clientId())
			.clientSecret(oidc.clientSecret())
			.scope(OidcScopes.OPENID, OidcScopes.PROFILE)
			.clientName("Mosaik")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}
}

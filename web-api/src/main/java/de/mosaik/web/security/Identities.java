package de.mosaik.web.security;

import java.util.Optional;

import de.mosaik.admin.membership.Identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who the caller is, as issuer and subject: from the API's bearer token or the UI's ID token. */
public final class Identities {

	private Identities() {
	}

	public static Optional<Identity> of(Authentication authentication) {
		if (authentication instanceof TenantAuthentication tenant) {
			return Optional.of(tenant.identity());
		}
		if (authentication instanceof JwtAuthenticationToken token) {
			Jwt jwt = token.getToken();
			return identity(jwt.getClaimAsString("iss"), jwt.getSubject());
		}
		if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user) {
			return identity(user.getIdToken().getClaimAsString("iss"), user.getSubject());
		}
		return Optional.empty();
	}

	/** The name to show and to write into the audit log. */
	public static String displayName(Authentication authentication) {
		if (authentication instanceof TenantAuthentication tenant) {
			return tenant.displayName();
		}
		if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user
				&& user.getFullName() != null) {
			return user.getFullName();
		}
		if (authentication instanceof JwtAuthenticationToken token && token.getToken().getClaimAsString("name") != null) {
			return token.getToken().getClaimAsString("name");
		}
		return authentication == null ? "anonymous" : authentication.getName();
	}

	private static Optional<Identity> identity(String issuer, String subject) {
		if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new Identity(issuer, subject));
	}
}

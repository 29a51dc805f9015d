package de.mosaik.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the public address of this application; the issuer of the built-in authorization server
 * @param oidc an external OpenID Connect issuer (Keycloak realm); when its issuer is empty the built-in
 * authorization server with demo accounts runs instead
 */
@ConfigurationProperties("mosaik")
public record MosaikProperties(String baseUrl, Oidc oidc) {

	public MosaikProperties {
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : stripSlash(baseUrl);
		oidc = oidc == null ? new Oidc(null, null, null) : oidc;
	}

	/** An external issuer and this application's client there. */
	public record Oidc(String issuerUri, String clientId, String clientSecret) {

		public boolean configured() {
			return issuerUri != null && !issuerUri.isBlank();
		}
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}

package de.mosaik.web.support;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Access tokens as the built-in issuer signs them, and forged ones. */
public final class Tokens {

	private final JwtEncoder encoder;

	public Tokens(JwtEncoder encoder) {
		this.encoder = encoder;
	}

	public String forSubject(String subject) {
		return token(IntegrationTest.BASE_URL, subject, Instant.now(), Duration.ofMinutes(10));
	}

	public String token(String issuer, String subject, Instant issuedAt, Duration validity) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(subject)
			.issuedAt(issuedAt)
			.notBefore(issuedAt)
			.expiresAt(issuedAt.plus(validity))
			.claim("scope", "openid")
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}
}

package de.mosaik.admin.membership;

/** A person as the identity provider knows them: the token's {@code iss} and {@code sub}. */
public record Identity(String issuer, String subject) {

	public Identity {
		if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("An identity needs issuer and subject");
		}
	}
}

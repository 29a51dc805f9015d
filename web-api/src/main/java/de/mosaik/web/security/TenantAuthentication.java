package de.mosaik.web.security;

import java.util.Collection;
import java.util.Optional;

import de.mosaik.admin.membership.Access;
import de.mosaik.admin.membership.Identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The caller for one request: the signed-in person with exactly the roles they hold where the request
 * goes, in the tenant of the URL or, outside tenant URLs, on the platform. Lives for one request only.
 */
public class TenantAuthentication extends AbstractAuthenticationToken {

	private final Authentication signedIn;

	private final Access access;

	private final String tenant;

	TenantAuthentication(Authentication signedIn, Access access, String tenant,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.signedIn = signedIn;
		this.access = access;
		this.tenant = tenant;
		setAuthenticated(true);
	}

	public Identity identity() {
		return access.identity();
	}

	public Access access() {
		return access;
	}

	/** The AGS of the tenant this request works in, empty outside tenant URLs. */
	public Optional<String> tenant() {
		return Optional.ofNullable(tenant);
	}

	public String displayName() {
		return Identities.displayName(signedIn);
	}

	/** Who to name in the audit log: issuer-qualified, stable across renames. */
	public String actor() {
		return identity().subject() + "@" + identity().issuer();
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return signedIn.getPrincipal();
	}

	@Override
	public String getName() {
		return signedIn.getName();
	}
}

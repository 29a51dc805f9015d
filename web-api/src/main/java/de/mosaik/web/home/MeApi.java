package de.mosaik.web.home;

import java.util.List;
import java.util.Set;

import de.mosaik.admin.membership.Access;
import de.mosaik.core.tenancy.Role;
import de.mosaik.web.security.TenantAuthentication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me", description = "The signed-in person's tenants and roles")
@SecurityRequirement(name = "bearer")
class MeApi {

	/** The caller and where they may work. */
	record Me(String issuer, String subject, String name, Set<Role> platformRoles, List<Access.TenantRoles> tenants) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller's identity, platform roles and tenants")
	Me me(Authentication authentication) {
		TenantAuthentication caller = (TenantAuthentication) authentication;
		Access access = caller.access();
		return new Me(access.identity().issuer(), access.identity().subject(), caller.displayName(),
				access.platformRoles(), access.tenants());
	}
}

package de.mosaik.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI mosaikOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Mosaik API")
				.version("v1")
				.description("Integration management for German counties and their member municipalities. "
						+ "Tenant resources live under /api/v1/tenants/{ags}; errors are RFC 9457 problem details; "
						+ "updates require If-Match with the ETag last read. Any call may answer 503 with Retry-After: "
						+ "urn:mosaik:problem:database-unavailable while the database cannot be reached (nothing was "
						+ "stored; repeat the call, a POST with the same Idempotency-Key), "
						+ "urn:mosaik:problem:tenant-unavailable while the council's migration has failed."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}
}

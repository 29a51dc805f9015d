package de.mosaik.web.offboarding;

import de.mosaik.admin.offboarding.TenantArchives;
import de.mosaik.admin.membership.Access;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.security.TenantAuthentication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Export", description = "All of a council's data as an archive")
@SecurityRequirement(name = "bearer")
class ExportApi {

	private final TenantArchives archives;

	ExportApi(TenantArchives archives) {
		this.archives = archives;
	}

	@GetMapping(path = "/api/v1/tenants/{tenant}/export", produces = "application/zip")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	@Operation(summary = "Download all data of the council", description = "ZIP with JSON and CSV per table, "
			+ "manifest.json and SHA256SUMS; the tables' checksums are those a proof of deletion keeps, as long as "
			+ "nothing changed (an offboarded council is read-only).")
	ResponseEntity<byte[]> export(@PathVariable String tenant, Authentication authentication) {
		return download(archives, tenant, authentication);
	}

	/** The archive as a download; the council's name comes with the caller's access (no platform read). */
	static ResponseEntity<byte[]> download(TenantArchives archives, String tenant, Authentication authentication) {
		String name = ((TenantAuthentication) authentication).access()
			.in(tenant)
			.map(Access.TenantRoles::name)
			.orElse(tenant);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mosaik-" + tenant + ".zip").build().toString())
			.body(archives.export(new TenantKey(tenant), name).zip());
	}
}

package de.mosaik.web.offboarding;

import de.mosaik.admin.membership.Access;
import de.mosaik.admin.offboarding.TenantArchives;
import de.mosaik.core.tenancy.TenantKey;
import de.mosaik.web.security.TenantAuthentication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The council's own download of all its data, from its home page. */
@Controller
class ExportPages {

	private final TenantArchives archives;

	ExportPages(TenantArchives archives) {
		this.archives = archives;
	}

	@GetMapping("/app/{tenant}/export")
	@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')")
	ResponseEntity<byte[]> export(@PathVariable String tenant, Authentication authentication) {
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

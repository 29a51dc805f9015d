package de.mosaik.web.offboarding;

import de.mosaik.admin.offboarding.TenantArchives;

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
		return ExportApi.download(archives, tenant, authentication);
	}
}

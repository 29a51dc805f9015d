package de.mosaik.web.offboarding;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import de.mosaik.admin.offboarding.DeletionProof;
import de.mosaik.admin.offboarding.OffboardingService;
import de.mosaik.admin.tenant.Tenant;
import de.mosaik.admin.tenant.Tenants;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.web.security.TenantAuthentication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platform")
@Tag(name = "Offboarding", description = "Operators: a council leaves — export, confirmation, waiting period, deletion with proof")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class OffboardingApi {

	private final OffboardingService offboarding;

	private final Tenants tenants;

	OffboardingApi(OffboardingService offboarding, Tenants tenants) {
		this.offboarding = offboarding;
		this.tenants = tenants;
	}

	/** The operator types the council's key to confirm. */
	record Confirmation(@NotBlank(message = "{offboarding.confirm.required}") String ags) {
	}

	/** A proof of deletion and whether a fresh check still finds anything of the council. */
	record Proof(String ags, String name, OffsetDateTime deletedAt, String deletedBy, String deleted,
			String archiveSha256, String manifest, boolean verified, List<String> remnants) {
	}

	@PostMapping("/councils/{ags}/offboarding")
	@Operation(summary = "Start offboarding a council", description = "Exports all its data (the council downloads "
			+ "it at /api/v1/tenants/{ags}/export) and makes it read-only. A county needs its members gone first.")
	ResponseEntity<OffboardingResponse> request(@PathVariable String ags, Authentication authentication) {
		Tenant council = tenants.findByAgs(ags).orElseThrow(() -> new NotFoundException("council", ags));
		OffboardingResponse created = OffboardingResponse.of(offboarding.request(council, actor(authentication)));
		return ResponseEntity.created(URI.create("/api/v1/platform/councils/" + ags + "/offboarding")).body(created);
	}

	@GetMapping("/councils/{ags}/offboarding")
	@Operation(summary = "Where a council's offboarding is")
	OffboardingResponse get(@PathVariable String ags) {
		return offboarding.find(ags).map(OffboardingResponse::of).orElseThrow(() -> new NotFoundException("offboarding", ags));
	}

	@PostMapping("/councils/{ags}/offboarding/confirmation")
	@Operation(summary = "Confirm the offboarding by typing the council's key", description = "Deletion follows "
			+ "once the waiting period (mosaik.offboarding.waiting-period) is over")
	OffboardingResponse confirm(@PathVariable String ags, @Valid @RequestBody Confirmation confirmation,
			Authentication authentication) {
		return OffboardingResponse.of(offboarding.confirm(ags, confirmation.ags(), actor(authentication)));
	}

	@DeleteMapping("/councils/{ags}/offboarding")
	@Operation(summary = "Cancel an offboarding before deletion", description = "Discards the export; the council works again")
	ResponseEntity<Void> cancel(@PathVariable String ags, Authentication authentication) {
		offboarding.cancel(ags, actor(authentication));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/councils/{ags}/offboarding/deletion")
	@Operation(summary = "Delete the council now, if confirmed and the waiting period is over",
			description = "Otherwise 409; a scheduler does the same every minute")
	Proof delete(@PathVariable String ags, Authentication authentication) {
		offboarding.deleteIfDue(ags, actor(authentication));
		return proof(ags);
	}

	@GetMapping("/deletion-proofs/{ags}")
	@Operation(summary = "The proof of a council's deletion, checked again now")
	Proof proof(@PathVariable String ags) {
		DeletionProof proof = offboarding.proofs(ags)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("deletion proof", ags));
		List<String> remnants = offboarding.remnants(ags);
		return new Proof(proof.getAgs(), proof.getName(), proof.getDeletedAt(), proof.getDeletedBy(), proof.getDeleted(),
				proof.getArchiveSha256(), proof.getManifest(), remnants.isEmpty(), remnants);
	}

	private static String actor(Authentication authentication) {
		return ((TenantAuthentication) authentication).actor();
	}
}

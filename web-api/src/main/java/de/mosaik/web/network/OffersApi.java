package de.mosaik.web.network;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.network.Offer;
import de.mosaik.core.network.OfferData;
import de.mosaik.core.network.OfferService;
import de.mosaik.web.network.Responses.OfferResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/network")
@Tag(name = "Network: offers", description = "Offers (Angebote) of the council's own organisations: topic, target groups, languages (BCP 47), area served (AGS keys)")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.READERS)
class OffersApi {

	private final OfferService offers;

	OffersApi(OfferService offers) {
		this.offers = offers;
	}

	@GetMapping("/organisations/{organisationId}/offers")
	@Operation(summary = "The offers of an organisation, by topic")
	List<OfferResponse> list(@PathVariable String tenant, @PathVariable UUID organisationId) {
		return offers.ofOrganisation(organisationId).stream().map(OfferResponse::of).toList();
	}

	@PostMapping("/organisations/{organisationId}/offers")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Add an offer", description = "languages: BCP 47 tags; area: keys of the official register (municipalities or the county)")
	ResponseEntity<OfferResponse> create(@PathVariable String tenant, @PathVariable UUID organisationId,
			@Valid @RequestBody OfferData data) {
		Offer c = offers.create(organisationId, data);
		return Etags.created("/api/v1/tenants/" + tenant + "/network/offers/" + c.getId(), c.getVersion(),
				OfferResponse.of(c));
	}

	@GetMapping("/offers/{id}")
	@Operation(summary = "One offer, with its version as ETag")
	ResponseEntity<OfferResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Offer c = offers.get(id);
		return Etags.ok(c.getVersion(), OfferResponse.of(c));
	}

	@PutMapping("/offers/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Change an offer", description = "Requires If-Match")
	ResponseEntity<OfferResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OfferData data) {
		Offer c = offers.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(c.getVersion(), OfferResponse.of(c));
	}

	@DeleteMapping("/offers/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Delete an offer", description = "Requires If-Match")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		offers.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

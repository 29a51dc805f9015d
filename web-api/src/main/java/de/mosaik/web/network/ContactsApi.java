package de.mosaik.web.network;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.network.ContactPerson;
import de.mosaik.core.network.ContactPersonData;
import de.mosaik.core.network.ContactPersonService;
import de.mosaik.web.network.Responses.ContactResponse;
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
@Tag(name = "Network: contact persons", description = "Contact persons of the council's own organisations: personal data with a legal basis (Art. 6 Abs. 1 DSGVO), deleted when removed")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.READERS)
class ContactsApi {

	private final ContactPersonService contacts;

	ContactsApi(ContactPersonService contacts) {
		this.contacts = contacts;
	}

	@GetMapping("/organisations/{organisationId}/contacts")
	@Operation(summary = "The contact persons of an organisation, by name")
	List<ContactResponse> list(@PathVariable String tenant, @PathVariable UUID organisationId) {
		return contacts.ofOrganisation(organisationId).stream().map(ContactResponse::of).toList();
	}

	@PostMapping("/organisations/{organisationId}/contacts")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Add a contact person", description = "legalBasis is required (CONSENT needs consentDate, not in the future); languages are BCP 47 tags")
	ResponseEntity<ContactResponse> create(@PathVariable String tenant, @PathVariable UUID organisationId,
			@Valid @RequestBody ContactPersonData data) {
		ContactPerson c = contacts.create(organisationId, data);
		return Etags.created("/api/v1/tenants/" + tenant + "/network/contacts/" + c.getId(), c.getVersion(),
				ContactResponse.of(c));
	}

	@GetMapping("/contacts/{id}")
	@Operation(summary = "One contact person, with its version as ETag")
	ResponseEntity<ContactResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		ContactPerson c = contacts.get(id);
		return Etags.ok(c.getVersion(), ContactResponse.of(c));
	}

	@PutMapping("/contacts/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Change a contact person", description = "Requires If-Match")
	ResponseEntity<ContactResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ContactPersonData data) {
		ContactPerson c = contacts.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(c.getVersion(), ContactResponse.of(c));
	}

	@DeleteMapping("/contacts/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Delete a contact person", description = "Requires If-Match; the record is deleted, not hidden")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		contacts.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

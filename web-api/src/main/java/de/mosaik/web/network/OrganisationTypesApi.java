package de.mosaik.web.network;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.network.OrganisationType;
import de.mosaik.core.network.OrganisationTypeData;
import de.mosaik.core.network.OrganisationTypeService;
import de.mosaik.web.network.Responses.TypeResponse;
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
@RequestMapping("/api/v1/tenants/{tenant}/network/types")
@Tag(name = "Network: organisation types", description = "The kinds of partner organisations; the common ones come with every council, more can be added")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.READERS)
class OrganisationTypesApi {

	private final OrganisationTypeService types;

	OrganisationTypesApi(OrganisationTypeService types) {
		this.types = types;
	}

	@GetMapping
	@Operation(summary = "All organisation types, in their order")
	List<TypeResponse> list(@PathVariable String tenant) {
		return types.list().stream().map(TypeResponse::of).toList();
	}

	@PostMapping
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Add an organisation type", description = "The code is made from the name and stays when the name changes")
	ResponseEntity<TypeResponse> create(@PathVariable String tenant, @Valid @RequestBody OrganisationTypeData data) {
		OrganisationType t = types.create(data);
		return Etags.created("/api/v1/tenants/" + tenant + "/network/types/" + t.getId(), t.getVersion(), TypeResponse.of(t));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation type, with its version as ETag")
	ResponseEntity<TypeResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		OrganisationType t = types.get(id);
		return Etags.ok(t.getVersion(), TypeResponse.of(t));
	}

	@PutMapping("/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Rename or move an organisation type", description = "Requires If-Match")
	ResponseEntity<TypeResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OrganisationTypeData data) {
		OrganisationType t = types.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(t.getVersion(), TypeResponse.of(t));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Delete an organisation type no organisation has", description = "Requires If-Match; 409 while in use")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		types.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

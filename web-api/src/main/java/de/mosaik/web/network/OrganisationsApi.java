package de.mosaik.web.network;

import java.util.Set;
import java.util.UUID;

import de.mosaik.core.network.DirectoryEntry;
import de.mosaik.core.network.DirectoryFilter;
import de.mosaik.core.network.DirectoryService;
import de.mosaik.core.network.Organisation;
import de.mosaik.core.network.OrganisationData;
import de.mosaik.core.network.OrganisationService;
import de.mosaik.core.network.Source;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.network.Responses.OrganisationResponse;
import de.mosaik.web.problem.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/network")
@Tag(name = "Network: organisations", description = "The council's own partner organisations; in a county, those marked shared form the county-wide directory")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.READERS)
class OrganisationsApi {

	static final Set<String> SORTABLE = Set.of("name", "type", "city", "source", "updatedAt");

	private final OrganisationService organisations;

	private final DirectoryService directory;

	OrganisationsApi(OrganisationService organisations, DirectoryService directory) {
		this.organisations = organisations;
		this.directory = directory;
	}

	@GetMapping("/organisations")
	@Operation(summary = "List the council's own organisations", description = "Paged; q searches name, type, description, place, topics, target groups, languages and places served (every word as a prefix); filter by type code, language (BCP 47), area (AGS) and shared; sort by name, type, city or updatedAt")
	PageResponse<DirectoryEntry> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String language,
			@RequestParam(required = false) String area, @RequestParam(required = false) Boolean shared,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(directory.search(new DirectoryFilter(q, type, language, area, Source.OWN, shared),
				Paging.of(page, size, sort, SORTABLE, Sort.by("name"))), e -> e);
	}

	@PostMapping("/organisations")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Add an organisation", description = "type: a type code of this council; shared only in a county; the name must be unique")
	ResponseEntity<OrganisationResponse> create(@PathVariable String tenant, @Valid @RequestBody OrganisationData data) {
		Organisation o = organisations.create(data);
		return Etags.created("/api/v1/tenants/" + tenant + "/network/organisations/" + o.getId(), o.getVersion(),
				OrganisationResponse.of(o, organisations.typeOf(o)));
	}

	@GetMapping("/organisations/{id}")
	@Operation(summary = "One of the council's own organisations, with its version as ETag")
	ResponseEntity<OrganisationResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Organisation o = organisations.get(id);
		return Etags.ok(o.getVersion(), OrganisationResponse.of(o, organisations.typeOf(o)));
	}

	@PutMapping("/organisations/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Change an organisation", description = "Requires If-Match with the ETag last read")
	ResponseEntity<OrganisationResponse> update(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody OrganisationData data) {
		Organisation o = organisations.update(id, Versions.fromIfMatch(ifMatch), data);
		return Etags.ok(o.getVersion(), OrganisationResponse.of(o, organisations.typeOf(o)));
	}

	@DeleteMapping("/organisations/{id}")
	@PreAuthorize(Etags.WRITERS)
	@Operation(summary = "Delete an organisation", description = "Requires If-Match; its contact persons and offers are deleted with it")
	ResponseEntity<Void> delete(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		organisations.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}

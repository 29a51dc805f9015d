package de.mosaik.web.network;

import java.util.List;
import java.util.UUID;

import de.mosaik.core.network.CountyOrganisation;
import de.mosaik.core.network.DirectoryEntry;
import de.mosaik.core.network.DirectoryFilter;
import de.mosaik.core.network.DirectoryService;
import de.mosaik.core.network.Source;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/network")
@Tag(name = "Network: directory", description = "The directory as a council reads it: its own organisations and, in a member municipality, the county's shared ones, each marked with its source; exports")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.READERS)
class DirectoryApi {

	private final DirectoryService directory;

	DirectoryApi(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping("/directory")
	@Operation(summary = "Search own and county entries together", description = "Paged; every entry has source OWN or COUNTY; q searches name, type, description, place, topics, target groups, languages and places served (every word as a prefix); filter by type code, language (BCP 47), area (AGS) and source; sort by name, type, city, source or updatedAt")
	PageResponse<DirectoryEntry> search(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String language,
			@RequestParam(required = false) String area, @RequestParam(required = false) Source source,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(directory.search(new DirectoryFilter(q, type, language, area, source, null),
				Paging.of(page, size, sort, OrganisationsApi.SORTABLE, Sort.by("name"))), e -> e);
	}

	@GetMapping("/county/organisations/{id}")
	@Operation(summary = "One organisation of the county's shared directory", description = "With its offers, how to reach its contact persons and its shared working groups; read-only")
	CountyOrganisation countyOrganisation(@PathVariable String tenant, @PathVariable UUID id) {
		return directory.countyOrganisation(id);
	}

	@GetMapping("/county/types")
	@Operation(summary = "The county's organisation types", description = "What a proposal to the county names as type; empty where there is no county directory")
	List<DirectoryService.CountyType> countyTypes(@PathVariable String tenant) {
		return directory.countyTypes();
	}

	@GetMapping("/export/csv")
	@Operation(summary = "The directory as CSV", description = "UTF-8 with byte order mark, semicolon separated; own and county entries, marked in the source column; the first columns are those the import reads")
	ResponseEntity<byte[]> csv(@PathVariable String tenant) {
		return DirectoryExports.csvResponse(tenant, directory.export());
	}

	@GetMapping("/export/vcard")
	@Operation(summary = "The directory as vCard 4.0 (text/vcard)", description = "One card per organisation (KIND:org) and per contact person (KIND:individual)")
	ResponseEntity<byte[]> vcard(@PathVariable String tenant) {
		return DirectoryExports.vcardResponse(tenant, directory.export());
	}
}

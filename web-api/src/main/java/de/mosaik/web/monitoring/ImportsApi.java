package de.mosaik.web.monitoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.monitoring.ImportService;
import de.mosaik.core.monitoring.ImportStatus;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.core.monitoring.Preview;
import de.mosaik.core.monitoring.RowStatus;
import de.mosaik.core.monitoring.StatisticsImport;
import de.mosaik.web.PageResponse;
import de.mosaik.web.Paging;
import de.mosaik.web.monitoring.Responses.ImportResponse;
import de.mosaik.web.monitoring.Responses.PreviewResponse;
import de.mosaik.web.monitoring.Responses.RowResponse;
import de.mosaik.web.problem.Versions;
import de.mosaik.web.security.TenantAuthentication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
@RequestMapping("/api/v1/tenants/{tenant}/monitoring/imports")
@Tag(name = "Monitoring: imports", description = "Official statistics files: upload, preview with problems per row, import, undo")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Roles.READERS)
class ImportsApi {

	static final Set<String> SORTABLE = Set.of("createdAt", "fileName", "status", "importedAt");

	/** The series of a file mapped to indicators (null or absent: not imported) and the period type. */
	record Mapping(PeriodType periodType, Map<String, UUID> mapping) {
	}

	private final ImportService imports;

	private final ImportRows rows;

	ImportsApi(ImportService imports, ImportRows rows) {
		this.imports = imports;
		this.rows = rows;
	}

	@GetMapping
	@Operation(summary = "List imports", description = "Paged; q searches the file name; sort by createdAt (default, newest first), fileName, status, importedAt")
	PageResponse<ImportResponse> list(@PathVariable String tenant, @RequestParam(required = false) String q,
			@RequestParam(required = false) ImportStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "property[,asc|desc]") @RequestParam(required = false) String sort) {
		return PageResponse.of(imports.list(q, status, Paging.of(page, size, sort, SORTABLE,
				Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))), ImportResponse::of);
	}

	@PostMapping(consumes = { "text/csv", "text/plain", "application/octet-stream" })
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Upload a statistics file for a preview", description = "The file as published (Open SDG CSV or Regionaldatenbank table) as the body, at most 10 MB; nothing is imported yet")
	ResponseEntity<PreviewResponse> upload(@PathVariable String tenant, @RequestParam(required = false) String fileName,
			@RequestBody byte[] content, Authentication authentication) {
		StatisticsImport created = imports.upload(fileName, content, actor(authentication));
		return Etags.created("/api/v1/tenants/" + tenant + "/monitoring/imports/" + created.getId(),
				created.getVersion(), PreviewResponse.of(imports.preview(created.getId())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import with its preview", description = "Series and their indicators, numbers per status; the ETag guards mapping, import and undo")
	ResponseEntity<PreviewResponse> get(@PathVariable String tenant, @PathVariable UUID id) {
		Preview preview = imports.preview(id);
		return Etags.ok(preview.statisticsImport().getVersion(), PreviewResponse.of(preview));
	}

	@GetMapping("/{id}/rows")
	@Operation(summary = "The rows of the preview", description = "Numbers that are imported or have a problem; show=PROBLEMS or IMPORTED, or one status")
	PageResponse<RowResponse> rows(@PathVariable String tenant, @PathVariable UUID id,
			@RequestParam(defaultValue = "ALL") ImportRows.Show show, @RequestParam(required = false) RowStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		List<Preview.Row> selected = ImportRows.filter(imports.preview(id), show, status);
		return PageResponse.of(ImportRows.page(selected, Paging.of(page, size, null, Set.of(), Sort.unsorted())),
				RowResponse::of);
	}

	@GetMapping("/{id}/rows.csv")
	@Operation(summary = "The rows of the preview as CSV")
	ResponseEntity<byte[]> rowsCsv(@PathVariable String tenant, @PathVariable UUID id,
			@RequestParam(defaultValue = "ALL") ImportRows.Show show, @RequestParam(required = false) RowStatus status,
			Locale locale) {
		return rows.csv(ImportRows.filter(imports.preview(id), show, status), locale).download("import-" + id + ".csv");
	}

	@PutMapping("/{id}/mapping")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Map the file's series to indicators", description = "Requires If-Match; an unmapped series is not imported; Open SDG files are yearly")
	ResponseEntity<PreviewResponse> map(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody Mapping body) {
		StatisticsImport mapped = imports.map(id, Versions.fromIfMatch(ifMatch),
				body.mapping() == null ? Map.of() : body.mapping(), body.periodType());
		return Etags.ok(mapped.getVersion(), PreviewResponse.of(imports.preview(id)));
	}

	@PostMapping("/{id}/commit")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Import", description = "Requires If-Match; imports every number of the preview that has no problem, in one transaction")
	ResponseEntity<ImportResponse> commit(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		StatisticsImport done = imports.commit(id, Versions.fromIfMatch(ifMatch));
		return Etags.ok(done.getVersion(), ImportResponse.of(done));
	}

	@PostMapping("/{id}/undo")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Undo an import", description = "Requires If-Match; deletes exactly the values this import brought")
	ResponseEntity<ImportResponse> undo(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		StatisticsImport undone = imports.undo(id, Versions.fromIfMatch(ifMatch));
		return Etags.ok(undone.getVersion(), ImportResponse.of(undone));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(Roles.WRITERS)
	@Operation(summary = "Discard a preview", description = "Requires If-Match; only before the import (an import is undone instead)")
	ResponseEntity<Void> discard(@PathVariable String tenant, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		imports.discard(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	static String actor(Authentication authentication) {
		return authentication instanceof TenantAuthentication t ? t.displayName() : null;
	}
}

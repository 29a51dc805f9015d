package de.mosaik.web.network;

import java.util.List;
import java.util.Locale;

import de.mosaik.core.network.ImportRejected;
import de.mosaik.core.network.OrganisationImport;
import de.mosaik.web.problem.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/network")
@Tag(name = "Network: import", description = "Organisations from a CSV file: preview with the problems of every row, import only when there are none")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Etags.WRITERS)
class ImportApi {

	private final OrganisationImport imports;

	private final ImportResults results;

	ImportApi(OrganisationImport imports, ImportResults results) {
		this.imports = imports;
		this.results = results;
	}

	@PostMapping(path = "/organisations/import", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Import organisations from CSV", description = "UTF-8, comma or semicolon separated, header row with name and type (code or name of a type) and optionally description, street, postalCode, city, email, phone, website, shared (ja/nein; county only). dryRun=true: the preview only (200). Otherwise all rows are imported in one transaction (201), or none when any row has a problem (400 with every row's problems).")
	ResponseEntity<?> importCsv(@PathVariable String tenant, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestBody(required = false) String csv) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			if (dryRun) {
				return ResponseEntity.ok(results.of(imports.preview(csv == null ? "" : csv), 0, locale));
			}
			var imported = imports.commit(csv == null ? "" : csv);
			return ResponseEntity.status(HttpStatus.CREATED).body(results.of(imported, imported.rows().size(), locale));
		}
		catch (ImportRejected ex) {
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation",
					results.text("problem.validation.title", locale), results.text(ex.messageKey(), locale));
			if (ex.preview() == null) {
				problem.setProperty("errors", List.of(new ImportResults.FieldProblem("file", results.text(ex.messageKey(), locale))));
			}
			else {
				ImportResults.Result result = results.of(ex.preview(), 0, locale);
				problem.setProperty("errors", results.problems(result));
				problem.setProperty("rows", result.rows());
			}
			return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
	}
}

package de.mosaik.web.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import de.mosaik.core.concept.StatusReport;
import de.mosaik.core.concept.StatusReportService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/concepts/{conceptId}")
@Tag(name = "Status report", description = "The status report (Sachstandsbericht) of a version of the concept for mayor and council, generated from the data: as JSON, HTML or PDF (German)")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class StatusReportApi {

	private final StatusReportService reports;

	private final ReportRenderer renderer;

	private final ReportRequests requests;

	StatusReportApi(StatusReportService reports, ReportRenderer renderer, ReportRequests requests) {
		this.reports = reports;
		this.renderer = renderer;
		this.requests = requests;
	}

	@GetMapping(path = "/status-report", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The status report's content", description = "Fields of action, goals with target values, the measures that ran in the period with status, budget and target/actual values with their trend, and the decisions in the period. from/to default to the current year.")
	StatusReport json(@PathVariable String tenant, @PathVariable UUID conceptId,
			@Parameter(description = "first day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, ISO date") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.of(conceptId, requests.period(from, to));
	}

	@GetMapping(path = "/status-report.html", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The status report as an HTML document (German)")
	ResponseEntity<String> html(@PathVariable String tenant, @PathVariable UUID conceptId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		StatusReport report = reports.of(conceptId, requests.period(from, to));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(renderer.html(report, requests.councilName(tenant)));
	}

	@GetMapping(path = "/status-report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The status report as PDF (German)")
	ResponseEntity<byte[]> pdf(@PathVariable String tenant, @PathVariable UUID conceptId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		StatusReport report = reports.of(conceptId, requests.period(from, to));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(ReportRequests.fileName(tenant, report.period(), "pdf"))
				.build()
				.toString())
			.body(renderer.pdf(report, requests.councilName(tenant)));
	}
}

package de.mosaik.web.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import de.mosaik.core.concept.Concept;
import de.mosaik.core.concept.ConceptService;
import de.mosaik.core.concept.ReportPeriod;
import de.mosaik.core.concept.StatusReport;
import de.mosaik.core.concept.StatusReportService;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The status report of a version of the concept: the page with the period to choose, and the PDF. */
@Controller
@RequestMapping("/app/{tenant}/concepts/{conceptId}")
@PreAuthorize("hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')")
class StatusReportPages {

	private final StatusReportService reports;

	private final ConceptService concepts;

	private final ReportRenderer renderer;

	private final ReportRequests requests;

	private final MessageSource messages;

	StatusReportPages(StatusReportService reports, ConceptService concepts, ReportRenderer renderer,
			ReportRequests requests, MessageSource messages) {
		this.reports = reports;
		this.concepts = concepts;
		this.renderer = renderer;
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping("/report")
	String page(@PathVariable String tenant, @PathVariable UUID conceptId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		Concept concept = concepts.get(conceptId);
		model.addAttribute("tenant", tenant);
		model.addAttribute("concept", concept);
		model.addAttribute("council", requests.councilName(tenant));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			ReportPeriod period = requests.period(from, to);
			model.addAttribute("from", period.from());
			model.addAttribute("to", period.to());
			model.addAttribute("report", reports.of(conceptId, period));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("periodField", ex.field());
			model.addAttribute("periodError", messages.getMessage(ex.messageKey(), null, locale));
		}
		return "report/page";
	}

	@GetMapping("/report.pdf")
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

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	/** A period that ends before it starts, asked for as PDF: the page says why. */
	@ExceptionHandler(InvalidInputException.class)
	void invalid(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}
}

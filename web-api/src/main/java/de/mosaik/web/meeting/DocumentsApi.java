package de.mosaik.web.meeting;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}")
@Tag(name = "Meeting documents", description = "Invitations as iCalendar (RFC 5545), agenda and minutes as PDF")
@SecurityRequirement(name = "bearer")
@PreAuthorize(MeetingPages.READERS)
class DocumentsApi {

	private final Invitations invitations;

	private final MeetingPdfs pdfs;

	DocumentsApi(Invitations invitations, MeetingPdfs pdfs) {
		this.invitations = invitations;
		this.pdfs = pdfs;
	}

	@GetMapping("/meetings/{id}/invitation.ics")
	@Operation(summary = "The invitation as iCalendar (text/calendar)", description = "METHOD:REQUEST, or CANCEL with STATUS:CANCELLED once the meeting is called off; UID stable per meeting, SEQUENCE raised by every change; times in Europe/Berlin")
	ResponseEntity<String> invitation(@PathVariable String tenant, @PathVariable UUID id, Locale locale) {
		return invitations.invitation(id, locale);
	}

	@GetMapping("/bodies/{id}/meetings.ics")
	@Operation(summary = "All meetings of a body as an iCalendar feed (text/calendar, METHOD:PUBLISH)")
	ResponseEntity<String> feed(@PathVariable String tenant, @PathVariable UUID id, Locale locale) {
		return invitations.feed(id, locale);
	}

	@GetMapping("/meetings/{id}/agenda.pdf")
	@Operation(summary = "Invitation with agenda as PDF")
	ResponseEntity<byte[]> agenda(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication,
			Locale locale) {
		return pdfs.agendaPdf(tenant, id, authentication, locale);
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	@Operation(summary = "Minutes as PDF: attendance, minutes per agenda item, outcomes with what they concern")
	ResponseEntity<byte[]> minutes(@PathVariable String tenant, @PathVariable UUID id, Authentication authentication,
			Locale locale) {
		return pdfs.minutesPdf(tenant, id, authentication, locale);
	}
}

package de.mosaik.web.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.mosaik.core.meeting.AgendaItem;
import de.mosaik.core.meeting.AgendaService;
import de.mosaik.core.meeting.Body;
import de.mosaik.core.meeting.BodyService;
import de.mosaik.core.meeting.Meeting;
import de.mosaik.core.meeting.MeetingService;
import de.mosaik.core.meeting.Member;
import de.mosaik.core.meeting.MemberService;
import de.mosaik.core.meeting.Outcome;
import de.mosaik.core.meeting.OutcomeService;
import de.mosaik.web.security.TenantAuthentication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The agenda (invitation) and the minutes of a meeting as PDF: a Thymeleaf template rendered with
 * openhtmltopdf, with DejaVu Sans embedded so that every name prints as written, tagged for PDF/UA.
 */
@Component
class MeetingPdfs {

	private final MeetingService meetings;

	private final BodyService bodies;

	private final MemberService members;

	private final AgendaService agenda;

	private final OutcomeService outcomes;

	private final MeetingLinks links;

	private final ITemplateEngine templates;

	MeetingPdfs(MeetingService meetings, BodyService bodies, MemberService members, AgendaService agenda,
			OutcomeService outcomes, MeetingLinks links, ITemplateEngine templates) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.members = members;
		this.agenda = agenda;
		this.outcomes = outcomes;
		this.links = links;
		this.templates = templates;
	}

	ResponseEntity<byte[]> agendaPdf(String tenant, UUID meetingId, Authentication authentication, Locale locale) {
		Map<String, Object> model = model(tenant, meetingId, authentication);
		return pdf(render("meeting/pdf-agenda", model, locale), "tagesordnung", (Meeting) model.get("meeting"));
	}

	ResponseEntity<byte[]> minutesPdf(String tenant, UUID meetingId, Authentication authentication, Locale locale) {
		Map<String, Object> model = model(tenant, meetingId, authentication);
		Meeting meeting = (Meeting) model.get("meeting");
		@SuppressWarnings("unchecked")
		List<AgendaItem> items = (List<AgendaItem>) model.get("items");
		List<Outcome> recorded = outcomes.ofItems(items.stream().map(AgendaItem::getId).toList());
		model.put("outcomes", recorded.stream().collect(Collectors.groupingBy(Outcome::getAgendaItemId)));
		model.put("links", links.of(recorded));
		List<Member> all = members.all(meeting.getBodyId());
		model.put("members", all.stream().filter(m -> meeting.getAttendance().containsKey(m.getId())).toList());
		return pdf(render("meeting/pdf-minutes", model, locale), "protokoll", meeting);
	}

	private Map<String, Object> model(String tenant, UUID meetingId, Authentication authentication) {
		Meeting meeting = meetings.get(meetingId);
		Body body = bodies.get(meeting.getBodyId());
		Map<String, Object> model = new HashMap<>();
		model.put("council", council(tenant, authentication));
		model.put("meeting", meeting);
		model.put("body", body);
		model.put("items", agenda.list(meetingId));
		model.put("zone", MeetingPages.ZONE);
		return model;
	}

	static String council(String tenant, Authentication authentication) {
		if (authentication instanceof TenantAuthentication t) {
			return t.access().in(tenant).map(r -> r.name()).orElse(tenant);
		}
		return tenant;
	}

	private byte[] render(String template, Map<String, Object> model, Locale locale) {
		String html = templates.process(template, new Context(locale, model));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static java.io.InputStream font(String file) {
		return MeetingPdfs.class.getResourceAsStream("/fonts/" + file);
	}

	private static ResponseEntity<byte[]> pdf(byte[] bytes, String kind, Meeting meeting) {
		String day = meeting.getStartsAt().atZoneSameInstant(MeetingPages.ZONE).toLocalDate().toString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(kind + "-" + day + ".pdf").build().toString())
			.body(bytes);
	}
}

package de.mosaik.web.meeting;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.mosaik.core.tenancy.Role;
import de.mosaik.web.support.Api;
import de.mosaik.web.support.Fixtures;
import de.mosaik.web.support.IntegrationTest;
import de.mosaik.web.support.Tokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static de.mosaik.web.meeting.MeetingsApiTest.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations as iCalendar, read back with ical4j, and agenda and minutes as PDF, read back with
 * PDFBox. This class's council: Bischofsheim (06433002) in Landkreis Groß-Gerau.
 */
class MeetingDocumentsTest extends IntegrationTest {

	static final String TENANT = "06433002";

	static final String BASE = "/api/v1/tenants/" + TENANT;

	static final String LONG_ITEM = "Bericht über die Sprachkurse für Geflüchtete, die Öffnungszeiten der Beratungsstelle "
			+ "und die Übergänge von der Kita in die Grundschule";

	@Autowired
	Fixtures fixtures;

	@Autowired
	JwtEncoder encoder;

	String token;

	Api officer;

	private void prepare() {
		if (officer != null) {
			return;
		}
		fixtures.council(TENANT);
		fixtures.grant("doc-officer", TENANT, Role.MUNICIPAL_OFFICER);
		token = new Tokens(encoder).forSubject("doc-officer");
		officer = Api.as(token);
	}

	record Download(int status, String contentType, byte[] body) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	private Download download(String path, String language) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(BASE_URL + path))
				.header("Authorization", "Bearer " + token)
				.header("Accept-Language", language)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body());
	}

	private String meetingWithAgenda(String body) {
		Api.Response meeting = officer.post(BASE + "/bodies/" + body + "/meetings",
				map("title", "Sitzung, Dezember; Teil 1", "startsAt", "2026-12-08T16:00:00+01:00", "endsAt",
						"2026-12-08T18:00:00+01:00", "location", "Rathaus Bischofsheim, Großer Saal", "onlineUrl",
						"https://video.example/steuerungskreis?raum=1"));
		assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
		String id = meeting.json().get("id").asString();
		officer.post(BASE + "/meetings/" + id + "/agenda-items", map("title", "Begrüßung"));
		officer.post(BASE + "/meetings/" + id + "/agenda-items", map("title", LONG_ITEM));
		return id;
	}

	@Test
	void theInvitationIsValidICalendarThatCalendarsUpdateOnChangesAndCancellation() throws Exception {
		prepare();
		String body = officer.post(BASE + "/bodies", map("name", "Steuerungskreis Bischofsheim", "kind",
				"STEERING_COMMITTEE")).json().get("id").asString();
		String id = meetingWithAgenda(body);

		Download invitation = download(BASE + "/meetings/" + id + "/invitation.ics", "de");
		assertThat(invitation.status()).isEqualTo(200);
		assertThat(invitation.contentType()).startsWith("text/calendar").contains("UTF-8");
		String raw = invitation.text();
		assertThat(raw).doesNotContain("\uFFFD").endsWith("END:VCALENDAR\r\n");
		assertThat(raw.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n").doesNotContain("\r");
		List<String> lines = Arrays.asList(raw.split("\r\n"));
		assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).as(l).isLessThanOrEqualTo(75));
		assertThat(lines).as("the long agenda is folded").anyMatch(l -> l.startsWith(" "));
		assertThat(raw).contains("SUMMARY:Sitzung\\, Dezember\\; Teil 1 – Steuerungskreis Bischofsheim\r\n")
			.contains("DTSTART;TZID=Europe/Berlin:20261208T160000\r\n")
			.contains("DTEND;TZID=Europe/Berlin:20261208T180000\r\n")
			.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");

		Calendar calendar = new CalendarBuilder().build(new StringReader(raw));
		assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
		VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Sitzung, Dezember; Teil 1 – Steuerungskreis Bischofsheim");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Rathaus Bischofsheim, Großer Saal");
		assertThat(value(event, Property.URL)).isEqualTo("https://video.example/steuerungskreis?raum=1");
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Tagesordnung:\n1. Begrüßung\n2. " + LONG_ITEM
				+ "\nOnline-Teilnahme: https://video.example/steuerungskreis?raum=1");
		assertThat(value(event, Property.STATUS)).isEqualTo("TENTATIVE");
		String uid = value(event, Property.UID);
		int sequence = Integer.parseInt(value(event, Property.SEQUENCE));
		assertThat(download(BASE + "/meetings/" + id + "/invitation.ics", "en").text()).as("in English")
			.contains("DESCRIPTION:Agenda:\\n1. Begrüßung");

		Api.Response read = officer.get(BASE + "/meetings/" + id);
		Map<String, Object> moved = map("title", "Sitzung, Dezember; Teil 1", "startsAt", "2026-12-08T17:00:00+01:00",
				"endsAt", "2026-12-08T19:00:00+01:00", "location", "Rathaus Bischofsheim, Großer Saal", "onlineUrl",
				"https://video.example/steuerungskreis?raum=1", "status", "INVITED");
		Api.Response changed = officer.put(BASE + "/meetings/" + id, moved, read.header("ETag"));
		VEvent updated = event(download(BASE + "/meetings/" + id + "/invitation.ics", "de").text());
		assertThat(value(updated, Property.UID)).as("the same calendar entry").isEqualTo(uid);
		assertThat(Integer.parseInt(value(updated, Property.SEQUENCE))).isEqualTo(sequence + 1);
		assertThat(value(updated, Property.DTSTART)).isEqualTo("20261208T170000");
		assertThat(value(updated, Property.STATUS)).isEqualTo("CONFIRMED");

		moved.put("status", "CANCELLED");
		officer.put(BASE + "/meetings/" + id, moved, changed.header("ETag"));
		String cancelled = download(BASE + "/meetings/" + id + "/invitation.ics", "de").text();
		Calendar cancellation = new CalendarBuilder().build(new StringReader(cancelled));
		assertThat(value(cancellation, Property.METHOD)).isEqualTo("CANCEL");
		VEvent off = cancellation.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(value(off, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(off, Property.UID)).isEqualTo(uid);
		assertThat(Integer.parseInt(value(off, Property.SEQUENCE))).isEqualTo(sequence + 2);

		officer.post(BASE + "/bodies/" + body + "/meetings", map("title", "Sitzung Januar", "startsAt",
				"2027-01-12T16:00:00+01:00", "endsAt", "2027-01-12T18:00:00+01:00"));
		Download feed = download(BASE + "/bodies/" + body + "/meetings.ics", "de");
		Calendar all = new CalendarBuilder().build(new StringReader(feed.text()));
		assertThat(value(all, Property.METHOD)).isEqualTo("PUBLISH");
		assertThat(all.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.SUMMARY)))
			.containsExactly("Sitzung, Dezember; Teil 1 – Steuerungskreis Bischofsheim",
					"Sitzung Januar – Steuerungskreis Bischofsheim");
		assertThat(download(BASE + "/meetings/00000000-0000-0000-0000-000000000001/invitation.ics", "de").status())
			.isEqualTo(404);
	}

	@Test
	void agendaAndMinutesArePdfsWithEveryItemAndOutcome() throws Exception {
		prepare();
		String body = officer.post(BASE + "/bodies", map("name", "Arbeitsgruppe Sprache Bischofsheim", "kind",
				"WORKING_GROUP")).json().get("id").asString();
		String gul = officer.post(BASE + "/bodies/" + body + "/members", map("name", "Gül Şahin", "function",
				"Sprachmittlerin", "organisation", "Türkischer Elternverein", "role", "CHAIR")).json().get("id").asString();
		String id = meetingWithAgenda(body);

		Download agenda = download(BASE + "/meetings/" + id + "/agenda.pdf", "de");
		assertThat(agenda.status()).isEqualTo(200);
		assertThat(agenda.contentType()).isEqualTo("application/pdf");
		String text = pdfText(agenda.body());
		assertThat(text).contains("Einladung und Tagesordnung", "Arbeitsgruppe Sprache Bischofsheim",
				"Sitzung, Dezember; Teil 1", "08.12.2026, 16:00 Uhr – 18:00", "Rathaus Bischofsheim, Großer Saal",
				"Begrüßung", "Bericht über die Sprachkurse für Geflüchtete");
		assertThat(text.indexOf("Begrüßung")).as("in the agenda's order").isLessThan(text.indexOf("Bericht über"));
		assertThat(pdfText(download(BASE + "/meetings/" + id + "/agenda.pdf", "en").body()))
			.contains("Invitation and agenda");

		Api.Response meeting = officer.get(BASE + "/meetings/" + id);
		officer.put(BASE + "/meetings/" + id + "/attendance", map("guests", 2, "entries",
				List.of(map("memberId", gul, "presence", "PRESENT"))), meeting.header("ETag"));
		String item = officer.get(BASE + "/meetings/" + id + "/agenda-items").json().get(1).get("id").asString();
		Api.Response read = officer.get(BASE + "/agenda-items/" + item);
		officer.put(BASE + "/agenda-items/" + item, map("title", LONG_ITEM, "minutes",
				"Frau Şahin berichtet über 40 Anmeldungen."), read.header("ETag"));
		officer.post(BASE + "/agenda-items/" + item + "/outcomes", map("kind", "DECISION", "text",
				"Ein dritter Kurs wird eingerichtet."));
		officer.post(BASE + "/agenda-items/" + item + "/outcomes", map("kind", "TASK", "text",
				"Räume für den dritten Kurs suchen", "taskOwner", "Jörg Müller", "taskDueDate", "2027-01-15"));

		String minutes = pdfText(download(BASE + "/meetings/" + id + "/minutes.pdf", "de").body());
		assertThat(minutes).contains("Protokoll", "Anwesenheit", "Gül Şahin", "anwesend", "Gäste: 2",
				"2. " + LONG_ITEM.substring(0, 40), "Frau Şahin berichtet über 40 Anmeldungen.",
				"Beschluss: Ein dritter Kurs wird eingerichtet.", "Aufgabe: Räume für den dritten Kurs suchen",
				"Jörg Müller", "15.01.2027");
	}

	private static String pdfText(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static VEvent event(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).get(0);
	}

	private static String value(net.fortuna.ical4j.model.PropertyContainer container, String property) {
		return container.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
	}
}

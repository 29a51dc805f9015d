package de.mosaik.web.meeting;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar object (RFC 5545) line by line: CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 character, TEXT values escaped.
 */
final class ICalendar {

	static final String TZID = "Europe/Berlin";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	/** Europe/Berlin as the EU has kept it since 1996: summer time from the last Sunday of March to that of October. */
	private static final String[] BERLIN = { "BEGIN:VTIMEZONE", "TZID:" + TZID, "BEGIN:DAYLIGHT",
			"TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
			"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200",
			"TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
			"END:STANDARD", "END:VTIMEZONE" };

	private final StringBuilder out = new StringBuilder();

	/** Opens the calendar with the Europe/Berlin time zone every event refers to. */
	static ICalendar begin(String method, String name) {
		ICalendar calendar = new ICalendar();
		calendar.line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//Mosaik//Sitzungen//DE")
			.line("CALSCALE:GREGORIAN").line("METHOD:" + method);
		if (name != null) {
			calendar.text("X-WR-CALNAME", name);
		}
		for (String line : BERLIN) {
			calendar.line(line);
		}
		return calendar;
	}

	ICalendar line(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		int limit = 75;
		while (bytes.length - start > limit) {
			int end = start + limit;
			// never cut a UTF-8 character: back off to the start of one
			while ((bytes[end] & 0xC0) == 0x80) {
				end--;
			}
			out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
			start = end;
			limit = 74; // the continuation's leading space counts
		}
		out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
		return this;
	}

	/** A property with a TEXT value, left out when there is none. */
	ICalendar text(String name, String value) {
		return value == null ? this : line(name + ":" + escape(value));
	}

	/** A time in Europe/Berlin local time with its TZID. */
	ICalendar local(String name, OffsetDateTime time) {
		return line(name + ";TZID=" + TZID + ":" + LOCAL.format(time.atZoneSameInstant(MeetingPages.ZONE)));
	}

	ICalendar utc(String name, OffsetDateTime time) {
		return line(name + ":" + UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
	}

	String end() {
		line("END:VCALENDAR");
		return out.toString();
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}
}

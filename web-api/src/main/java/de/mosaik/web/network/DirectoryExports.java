package de.mosaik.web.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import de.mosaik.core.network.CountyOrganisation;
import de.mosaik.core.network.ExportedOrganisation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The directory as files: CSV (semicolon separated with a byte order mark, as German spreadsheets open
 * it; the columns the import reads come first) and vCard 4.0 (RFC 6350): one card per organisation and
 * one per contact person.
 */
final class DirectoryExports {

	static final List<String> CSV_COLUMNS = List.of("name", "type", "description", "street", "postalCode", "city",
			"email", "phone", "website", "typeName", "topics", "languages", "area", "source");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

	private DirectoryExports() {
	}

	static ResponseEntity<byte[]> csvResponse(String tenant, List<ExportedOrganisation> organisations) {
		return download(("\uFEFF" + csv(organisations)).getBytes(StandardCharsets.UTF_8), CSV,
				"netzwerk-" + tenant + ".csv");
	}

	static ResponseEntity<byte[]> vcardResponse(String tenant, List<ExportedOrganisation> organisations) {
		return download(vcards(organisations).getBytes(StandardCharsets.UTF_8), VCARD, "netzwerk-" + tenant + ".vcf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	static String csv(List<ExportedOrganisation> organisations) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(CSV_COLUMNS.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (ExportedOrganisation o : organisations) {
				printer.printRecord(cell(o.name()), o.typeCode(), cell(o.description()), cell(o.street()), o.postalCode(),
						cell(o.city()), o.email(), cell(o.phone()), o.website(), cell(o.typeName()),
						cell(String.join(", ", o.topics())), String.join(", ", o.languages()), String.join(", ", o.area()),
						o.source().name().toLowerCase(Locale.ROOT));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * A cell a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe, so that
	 * an entry proposed by anyone cannot run as a formula on the county's computer. Phone numbers such as
	 * "+49 551 1" stay as they are.
	 */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		boolean phone = value.matches("\\+[0-9 ()/.-]+");
		return !phone && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	static String vcards(List<ExportedOrganisation> organisations) {
		StringBuilder out = new StringBuilder();
		for (ExportedOrganisation o : organisations) {
			VCard card = new VCard().add("KIND", "org")
				.add("UID", "urn:uuid:" + o.id())
				.add("FN", text(o.name()))
				.add("ORG", text(o.name()));
			if (o.street() != null || o.city() != null || o.postalCode() != null) {
				card.add("ADR;TYPE=work", ";;" + text(o.street()) + ";" + text(o.city()) + ";;" + text(o.postalCode())
						+ ";Deutschland");
			}
			card.add("EMAIL;TYPE=work", text(o.email()))
				.add("TEL;TYPE=work", text(o.phone()))
				.add("URL", text(o.website()))
				.add("CATEGORIES", text(o.typeName()))
				.add("NOTE", text(o.description()));
			languages(card, o.languages());
			out.append(card);
			for (CountyOrganisation.SharedContact c : o.contacts()) {
				VCard person = new VCard().add("KIND", "individual")
					.add("UID", "urn:uuid:" + c.id())
					.add("FN", text(c.name()))
					.add("ORG", text(o.name()))
					.add("ROLE", text(c.function()))
					.add("EMAIL;TYPE=work", text(c.email()))
					.add("TEL;TYPE=work", text(c.phone()))
					.add("RELATED;TYPE=colleague", "urn:uuid:" + o.id());
				languages(person, c.languages());
				out.append(person);
			}
		}
		return out.toString();
	}

	private static void languages(VCard card, List<String> tags) {
		for (int i = 0; i < tags.size(); i++) {
			card.add("LANG;PREF=" + Math.min(i + 1, 100), tags.get(i));
		}
	}

	/** A text value with backslash, comma, semicolon and line breaks escaped (RFC 6350, 3.4). */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** One vCard; empty properties are left out, lines folded at 75 octets without splitting a character. */
	private static final class VCard {

		private final StringBuilder lines = new StringBuilder("BEGIN:VCARD\r\nVERSION:4.0\r\n");

		VCard add(String property, String value) {
			if (value != null && !value.isEmpty()) {
				fold(property + ":" + value);
			}
			return this;
		}

		private void fold(String line) {
			int octets = 0;
			int limit = 75;
			for (int i = 0; i < line.length();) {
				int cp = line.codePointAt(i);
				int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > limit) {
					lines.append("\r\n ");
					octets = 1;
				}
				lines.appendCodePoint(cp);
				octets += size;
				i += Character.charCount(cp);
			}
			lines.append("\r\n");
		}

		@Override
		public String toString() {
			return lines + "END:VCARD\r\n";
		}
	}
}

package de.mosaik.web.monitoring;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as CSV the way German statistics offices publish them, so that a spreadsheet opens them and
 * Mosaik's own import reads them back: UTF-8 with byte-order mark, {@code ;}, decimal comma, markers as
 * written, suppressed cells as {@code .} (secret).
 */
final class Csv {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final List<List<String>> rows = new ArrayList<>();

	Csv(String... header) {
		rows.add(List.of(header));
	}

	Csv(List<String> header) {
		rows.add(List.copyOf(header));
	}

	Csv row(List<String> cells) {
		rows.add(cells);
		return this;
	}

	Csv row(String... cells) {
		rows.add(java.util.Arrays.asList(cells));
		return this;
	}

	static String number(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	byte[] bytes() {
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					text.append(';');
				}
				text.append(quote(row.get(i)));
			}
			text.append("\r\n");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	ResponseEntity<byte[]> download(String fileName) {
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(bytes());
	}

	private static String quote(String cell) {
		String text = cell == null ? "" : cell;
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}

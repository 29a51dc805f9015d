package de.mosaik.web.network;

import java.util.List;
import java.util.Locale;

import de.mosaik.core.network.ImportPreview;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An import preview in the reader's language: every row with its problems as texts. */
@Component
class ImportResults {

	private final MessageSource messages;

	ImportResults(MessageSource messages) {
		this.messages = messages;
	}

	/** A field of a row and what is wrong with it. */
	record FieldProblem(String field, String message) {
	}

	/** One row as read, with its line in the file. */
	record RowResult(int line, String name, String type, String description, String street, String postalCode,
			String city, String email, String phone, String website, boolean shared, List<FieldProblem> errors) {
	}

	/**
	 * @param imported how many organisations were imported: 0 for a preview and for a refused file
	 */
	record Result(boolean valid, int rowCount, long invalidRows, int imported, List<String> ignoredColumns,
			List<RowResult> rows) {
	}

	Result of(ImportPreview preview, int imported, Locale locale) {
		List<RowResult> rows = preview.rows()
			.stream()
			.map(r -> new RowResult(r.line(), r.organisation().name(), r.organisation().type(),
					r.organisation().description(), r.organisation().street(), r.organisation().postalCode(),
					r.organisation().city(), r.organisation().email(), r.organisation().phone(),
					r.organisation().website(), Boolean.TRUE.equals(r.organisation().shared()),
					r.problems().stream().map(p -> new FieldProblem(p.field(), text(p.messageKey(), locale))).toList()))
			.toList();
		return new Result(preview.valid(), rows.size(), preview.invalidRows(), imported, preview.ignoredColumns(), rows);
	}

	/** Every problem of every row, as {@code line N: field}. */
	List<FieldProblem> problems(Result result) {
		return result.rows()
			.stream()
			.flatMap(r -> r.errors().stream().map(e -> new FieldProblem("line " + r.line() + ": " + e.field(),
					e.message())))
			.toList();
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}

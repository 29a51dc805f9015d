package de.mosaik.web.monitoring;

import java.util.List;
import java.util.Locale;

import de.mosaik.core.monitoring.Preview;
import de.mosaik.core.monitoring.RowStatus;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The rows of a preview: filtered, paged, and as CSV. */
@Component
class ImportRows {

	/** Which rows to show. */
	enum Show {
		ALL, PROBLEMS, IMPORTED
	}

	private final MessageSource messages;

	ImportRows(MessageSource messages) {
		this.messages = messages;
	}

	static List<Preview.Row> filter(Preview preview, Show show, RowStatus status) {
		return preview.rows()
			.stream()
			.filter(r -> status == null || r.status() == status)
			.filter(r -> show == null || show == Show.ALL || (show == Show.PROBLEMS) == r.status().problem())
			.toList();
	}

	static Page<Preview.Row> page(List<Preview.Row> rows, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
	}

	Csv csv(List<Preview.Row> rows, Locale locale) {
		Csv csv = new Csv("zeile", "schluessel", "name", "gebiet", "zeitraum", "reihe", "wert", "status", "hinweis");
		for (Preview.Row r : rows) {
			csv.row(String.valueOf(r.line()), r.key(), r.name(), r.area() == null ? "" : r.area(),
					r.period() == null ? "" : r.period().toString(), r.series(),
					r.marker() != null ? r.marker().symbol() : r.value() != null ? Csv.number(r.value()) : r.raw(),
					messages.getMessage("import.status." + r.status().name(), null, r.status().name(), locale),
					r.detail() == null ? "" : r.detail());
		}
		return csv;
	}
}

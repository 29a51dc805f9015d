package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tables of the Regionaldatenbank Deutschland / GENESIS as exported: {@code ;}, decimal comma, title and
 * footnote lines around the table, one column per series under one or more header lines, the reference date
 * either on a line of its own before each block ({@code 30.06.2019;;;}) or in the first column of each row,
 * then the regional key ({@code DG}, Land, Regierungsbezirk, district, municipality) and its name. Cells
 * without a number carry the official markers ({@code -}, {@code .}, {@code x}, {@code ...}, {@code /}).
 */
@Component
@Order(2)
class RegionaldatenbankFormat implements StatisticsFormat {

	private static final Pattern KEY = Pattern.compile("DG|\\d{2}|\\d{3}|\\d{5}|\\d{8}");

	private static final Pattern REFERENCE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}|\\d{4}");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(,\\d+)?");

	private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	@Override
	public Layout layout() {
		return Layout.REGIONALDATENBANK;
	}

	@Override
	public boolean recognises(String text) {
		return text.lines().limit(50).anyMatch(l -> l.indexOf(';') >= 0);
	}

	@Override
	public ParsedFile parse(String fileName, String text) {
		List<CsvRecords.Line> lines = CsvRecords.parse(text, ';');
		List<CsvRecords.Line> headers = new ArrayList<>();
		List<String> labels = null;
		int firstValue = -1;
		String reference = null;
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<ParsedFile.Observation> observations = new ArrayList<>();
		for (CsvRecords.Line line : lines) {
			String first = line.cell(0).strip();
			if (first.startsWith("___")) {
				break;
			}
			boolean dateInRow = REFERENCE.matcher(first).matches() && KEY.matcher(line.cell(1).strip()).matches();
			if (REFERENCE.matcher(first).matches() && !dateInRow && line.cells().stream().skip(1).allMatch(String::isBlank)) {
				reference = first;
				continue;
			}
			if (!dateInRow && !KEY.matcher(first).matches()) {
				if (labels == null && !line.isBlank()) {
					headers.add(line);
				}
				continue;
			}
			int keyColumn = dateInRow ? 1 : 0;
			if (labels == null) {
				firstValue = keyColumn + 2;
				labels = labels(headers, firstValue, line.cells().size());
				labels.forEach(l -> counts.put(l, 0));
			}
			String rowReference = dateInRow ? first : reference;
			for (int i = firstValue; i < line.cells().size() && i - firstValue < labels.size(); i++) {
				String series = labels.get(i - firstValue);
				counts.merge(series, 1, Integer::sum);
				observations.add(new ParsedFile.Observation(line.number(), line.cell(keyColumn).strip(),
						line.cell(keyColumn + 1).strip(), rowReference == null ? "" : rowReference, series,
						line.cell(i)));
			}
		}
		List<ParsedFile.Series> series = counts.entrySet()
			.stream()
			.map(e -> new ParsedFile.Series(e.getKey(), null, e.getValue()))
			.toList();
		return new ParsedFile(Layout.REGIONALDATENBANK, series, observations);
	}

	/**
	 * The label of each value column: from the last header line, or where that is empty from the nearest line
	 * above; a column without any label is named by its position.
	 */
	static List<String> labels(List<CsvRecords.Line> headers, int firstValue, int width) {
		List<String> labels = new ArrayList<>();
		for (int i = firstValue; i < width; i++) {
			String label = "";
			for (int h = headers.size() - 1; h >= 0 && label.isBlank(); h--) {
				label = headers.get(h).cell(i).strip().replaceAll("\\s+", " ");
			}
			String name = label.isBlank() ? "Spalte " + (i + 1) : label;
			labels.add(labels.contains(name) ? name + " (" + (i + 1) + ")" : name);
		}
		return labels;
	}

	@Override
	public Reading read(String raw) {
		String text = raw == null ? "" : raw.strip();
		if (text.isEmpty()) {
			return Reading.EMPTY;
		}
		return Reading.marker(text).orElseGet(() -> {
			String number;
			if (PLAIN.matcher(text).matches()) {
				number = text.replace(',', '.');
			}
			else if (THOUSANDS.matcher(text).matches()) {
				number = text.replace(".", "").replace(',', '.');
			}
			else {
				return Reading.INVALID;
			}
			return Reading.of(new BigDecimal(number));
		});
	}
}

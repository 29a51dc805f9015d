package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Open SDG tidy CSV, as the Länder publish their integration monitoring: UTF-8 (often with BOM), comma,
 * decimal point, header {@code Year,Gebietseinheit,[breakdowns…],[Units],GeoCode,Value}, one observation per
 * row, keys prefixed ({@code K03101}, {@code RH03101}). Every combination of breakdowns is a series; the file
 * name {@code indicator_1-2-1.csv} suggests the indicator {@code NI-MT-1.2.1} for the series of totals.
 */
@Component
@Order(1)
class OpenSdgFormat implements StatisticsFormat {

	static final Set<String> FIXED = Set.of("year", "gebietseinheit", "geocode", "value");

	private static final Pattern FILE = Pattern.compile("(?i).*indicator_(\\d+(?:-\\d+)+[a-z]?)\\.csv$");

	@Override
	public Layout layout() {
		return Layout.OPEN_SDG;
	}

	@Override
	public boolean recognises(String text) {
		String first = text.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
		List<String> header = List.of(first.split(",")).stream().map(h -> h.strip().replace("\"", "")).toList();
		return header.contains("year") && header.contains("geocode") && header.contains("value");
	}

	@Override
	public ParsedFile parse(String fileName, String text) {
		List<CsvRecords.Line> lines = CsvRecords.parse(text, ',');
		List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
		int year = index(header, "year");
		int name = index(header, "gebietseinheit");
		int geo = index(header, "geocode");
		int value = index(header, "value");
		List<Integer> breakdowns = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			if (!FIXED.contains(header.get(i).toLowerCase(Locale.ROOT))) {
				breakdowns.add(i);
			}
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, Map<String, String>> breakdownOf = new LinkedHashMap<>();
		List<ParsedFile.Observation> observations = new ArrayList<>();
		for (CsvRecords.Line line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			Map<String, String> parts = new LinkedHashMap<>();
			for (int i : breakdowns) {
				if (!line.cell(i).isBlank()) {
					parts.put(header.get(i), line.cell(i).strip());
				}
			}
			String series = seriesKey(parts);
			counts.merge(series, 1, Integer::sum);
			breakdownOf.putIfAbsent(series, parts);
			observations.add(new ParsedFile.Observation(line.number(), line.cell(geo).strip(),
					name < 0 ? "" : line.cell(name).strip(), line.cell(year).strip(), series, line.cell(value)));
		}
		String suggested = suggestedCode(fileName);
		List<String> totals = totalsSeries(breakdownOf);
		List<ParsedFile.Series> series = counts.entrySet()
			.stream()
			.map(e -> new ParsedFile.Series(e.getKey(), totals.contains(e.getKey()) ? suggested : null, e.getValue()))
			.toList();
		return new ParsedFile(Layout.OPEN_SDG, series, observations);
	}

	@Override
	public Reading read(String raw) {
		String text = raw == null ? "" : raw.strip();
		if (text.isEmpty()) {
			return Reading.EMPTY;
		}
		return Reading.marker(text).orElseGet(() -> {
			try {
				return Reading.of(new BigDecimal(text));
			}
			catch (NumberFormatException ex) {
				return Reading.INVALID;
			}
		});
	}

	static String seriesKey(Map<String, String> parts) {
		if (parts.isEmpty()) {
			return "Value";
		}
		return String.join("; ", parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

	/** The series whose breakdowns are all totals ("Insgesamt"), one per unit the file gives. */
	static List<String> totalsSeries(Map<String, Map<String, String>> breakdownOf) {
		List<String> totals = breakdownOf.entrySet()
			.stream()
			.filter(e -> e.getValue()
				.entrySet()
				.stream()
				.allMatch(p -> p.getKey().equalsIgnoreCase("Units") || p.getValue().equalsIgnoreCase("Insgesamt")))
			.map(Map.Entry::getKey)
			.toList();
		return totals;
	}

	static String suggestedCode(String fileName) {
		Matcher m = FILE.matcher(fileName == null ? "" : fileName);
		return m.matches() ? "NI-MT-" + m.group(1).replace('-', '.') : null;
	}

	private static int index(List<String> header, String name) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}
}

package de.mosaik.core.network;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations from a CSV file (comma or semicolon separated, UTF-8, a header row): first a preview
 * of every row with its problems (required fields, unknown type, bad e-mail, duplicates in the file or
 * with existing entries), then the import of all rows in one transaction, only when no row has a problem.
 */
@Service
public class OrganisationImport {

	/** The columns read, by their header; {@code name} and {@code type} are required. */
	public static final List<String> COLUMNS = List.of("name", "type", "description", "street", "postalCode", "city",
			"email", "phone", "website", "shared");

	public static final int MAX_ROWS = 2000;

	private static final Set<String> YES = Set.of("ja", "yes", "true", "1", "x");

	private static final Set<String> NO = Set.of("", "nein", "no", "false", "0");

	private final OrganisationService organisations;

	private final OrganisationTypes types;

	private final Organisations existing;

	private final Validator validator;

	OrganisationImport(OrganisationService organisations, OrganisationTypes types, Organisations existing,
			Validator validator) {
		this.organisations = organisations;
		this.types = types;
		this.existing = existing;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(String csv) {
		List<CSVRecord> records;
		Map<String, String> header;
		try (CSVParser parser = format(csv).parse(new StringReader(stripBom(csv)))) {
			header = columns(parser.getHeaderNames());
			records = parser.getRecords();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new ImportRejected("import.file.unreadable");
		}
		if (!header.containsKey("name") || !header.containsKey("type")) {
			throw new ImportRejected("import.file.columns");
		}
		if (records.isEmpty()) {
			throw new ImportRejected("organisation.import.file.empty");
		}
		if (records.size() > MAX_ROWS) {
			throw new ImportRejected("organisation.import.file.tooLarge");
		}
		Map<String, String> typeCodes = typeCodes();
		Set<String> taken = new HashSet<>(existing.lowerNames());
		Map<String, Integer> seen = new HashMap<>();
		List<ImportPreview.Row> rows = new ArrayList<>();
		for (CSVRecord record : records) {
			rows.add(row(record, header, typeCodes, taken, seen));
		}
		List<String> ignored = header.entrySet()
			.stream()
			.filter(e -> !COLUMNS.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return new ImportPreview(rows, ignored);
	}

	/** Imports every row, or, when any row has a problem, nothing; returns the rows imported. */
	@Transactional
	public ImportPreview commit(String csv) {
		ImportPreview preview = preview(csv);
		if (!preview.valid()) {
			throw new ImportRejected("import.rows.invalid", preview);
		}
		preview.rows().forEach(row -> organisations.create(row.organisation()));
		return preview;
	}

	private ImportPreview.Row row(CSVRecord record, Map<String, String> header, Map<String, String> typeCodes,
			Set<String> taken, Map<String, Integer> seen) {
		List<ImportPreview.Problem> problems = new ArrayList<>();
		String typeValue = value(record, header, "type");
		String type = typeValue == null ? null : typeCodes.get(typeValue.strip().toLowerCase(Locale.GERMAN));
		String shared = Optional.ofNullable(value(record, header, "shared")).orElse("").strip().toLowerCase(Locale.ROOT);
		OrganisationData data = new OrganisationData(Optional.ofNullable(value(record, header, "name")).orElse(""),
				type != null ? type : Optional.ofNullable(typeValue).orElse(""), value(record, header, "description"),
				value(record, header, "street"), value(record, header, "postalCode"), value(record, header, "city"),
				value(record, header, "email"), value(record, header, "phone"), value(record, header, "website"),
				YES.contains(shared));
		for (ConstraintViolation<OrganisationData> violation : validator.validate(data)) {
			String template = violation.getMessageTemplate();
			problems.add(new ImportPreview.Problem(violation.getPropertyPath().toString(),
					template.startsWith("{") ? template.substring(1, template.length() - 1) : template));
		}
		if (type == null && typeValue != null && !typeValue.isBlank()) {
			problems.add(new ImportPreview.Problem("type", "organisation.type.unknown"));
		}
		if (!YES.contains(shared) && !NO.contains(shared)) {
			problems.add(new ImportPreview.Problem("shared", "import.shared.value"));
		}
		else if (YES.contains(shared) && !organisations.isCounty()) {
			problems.add(new ImportPreview.Problem("shared", "organisation.shared.countyOnly"));
		}
		String name = data.name().strip().toLowerCase(Locale.ROOT);
		if (!name.isEmpty()) {
			if (taken.contains(name)) {
				problems.add(new ImportPreview.Problem("name", "organisation.name.duplicate"));
			}
			else if (seen.containsKey(name)) {
				problems.add(new ImportPreview.Problem("name", "import.name.repeated"));
			}
			seen.putIfAbsent(name, (int) record.getRecordNumber());
		}
		problems.sort(java.util.Comparator.comparingInt(p -> COLUMNS.indexOf(p.field())));
		// the header is line 1
		return new ImportPreview.Row((int) record.getRecordNumber() + 1, data, List.copyOf(problems));
	}

	/** Codes by lower-case code and name, so that a file may name a type either way. */
	private Map<String, String> typeCodes() {
		Map<String, String> codes = new HashMap<>();
		for (OrganisationType type : types.findAll()) {
			codes.put(type.getCode().toLowerCase(Locale.GERMAN), type.getCode());
			codes.put(type.getName().toLowerCase(Locale.GERMAN), type.getCode());
		}
		return codes;
	}

	/** Known columns by their canonical name, unknown ones by themselves; header names compare case-blind. */
	private static Map<String, String> columns(List<String> headerNames) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String name : headerNames) {
			String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name.strip())).findFirst().orElse(name);
			columns.put(known, name);
		}
		return columns;
	}

	private static String value(CSVRecord record, Map<String, String> header, String column) {
		String name = header.get(column);
		if (name == null || !record.isSet(name)) {
			return null;
		}
		String value = record.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static CSVFormat format(String csv) {
		String first = stripBom(csv).lines().findFirst().orElse("");
		char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
		return CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
	}

	private static String stripBom(String csv) {
		return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
	}
}

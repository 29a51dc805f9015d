package de.mosaik.core.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides for every number of a parsed file what becomes of it in this tenant: which area (own key, or a
 * district of the Land for a county's comparison), which period, whether its key, period and value can be
 * read, and whether the cell is taken. Municipality-level rows are for the municipality's own Mosaik: a
 * county does not import them (it reads its members through their aggregates instead).
 */
final class ImportPreviewer {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final AreaDirectory directory;

	private final FormerDistricts former;

	private final AreaDirectory.Area self;

	ImportPreviewer(AreaDirectory directory, FormerDistricts former, AreaDirectory.Area self) {
		this.directory = directory;
		this.former = former;
		this.self = self;
	}

	/** Where a key goes in this tenant. */
	record Target(RowStatus status, String area, String detail) {
	}

	/**
	 * @param existing cells already recorded: {@link #cell} → how (MANUAL or IMPORT)
	 */
	List<Preview.Row> rows(ParsedFile file, StatisticsFormat format, Map<String, UUID> mapping, PeriodType periodType,
			Map<String, ValueSource> existing, Map<RowStatus, Long> counts) {
		for (RowStatus s : RowStatus.values()) {
			counts.put(s, 0L);
		}
		List<Preview.Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ParsedFile.Observation o : file.observations()) {
			UUID indicator = mapping.get(o.series());
			if (indicator == null) {
				counts.merge(RowStatus.UNMAPPED, 1L, Long::sum);
				continue;
			}
			Target target = target(o.key());
			if (target.status() == RowStatus.OUT_OF_SCOPE) {
				counts.merge(RowStatus.OUT_OF_SCOPE, 1L, Long::sum);
				continue;
			}
			Optional<Period> period = period(o.reference(), periodType);
			StatisticsFormat.Reading reading = format.read(o.raw());
			RowStatus status = target.status();
			String detail = target.detail();
			if (status.importable()) {
				if (period.isEmpty()) {
					status = RowStatus.INVALID_PERIOD;
				}
				else if (reading.empty()) {
					status = RowStatus.EMPTY_VALUE;
				}
				else if (reading.invalid()) {
					status = RowStatus.INVALID_VALUE;
				}
				else {
					String cell = cell(indicator, target.area(), period.get());
					if (existing.containsKey(cell)) {
						status = RowStatus.ALREADY_RECORDED;
						detail = existing.get(cell).name();
					}
					else if (!seen.add(cell)) {
						status = RowStatus.DUPLICATE;
					}
				}
			}
			counts.merge(status, 1L, Long::sum);
			rows.add(new Preview.Row(o.line(), o.key(), o.name(), status.importable() ? target.area() : null,
					period.orElse(null), o.series(), indicator, reading.number(), reading.marker(), o.raw(), status,
					detail));
		}
		return rows;
	}

	static String cell(UUID indicator, String area, Period period) {
		return indicator + "|" + area + "|" + period.type() + "|" + period.start();
	}

	/** The file's key as this tenant sees it. */
	Target target(String raw) {
		String written = raw == null ? "" : raw.strip();
		if (written.equals("DG")) {
			return new Target(RowStatus.OUT_OF_SCOPE, null, null);
		}
		String key = written.replaceFirst("^[A-Za-z]+", "");
		if (!key.matches("\\d{2}|\\d{3}|\\d{5}|\\d{8}")) {
			return new Target(RowStatus.UNKNOWN_KEY, null, written.isEmpty() ? null : written);
		}
		if (key.length() <= 3) {
			return new Target(RowStatus.OUT_OF_SCOPE, null, null);
		}
		Optional<AreaDirectory.Area> area = directory.find(key);
		if (area.isPresent() && area.get().kind() == AreaDirectory.Kind.CITY) {
			key = area.get().districtKey();
		}
		boolean sameLand = key.startsWith(self.state());
		if (key.length() == 5) {
			return district(key, area, sameLand);
		}
		if (area.isEmpty()) {
			return new Target(sameLand ? RowStatus.UNKNOWN_KEY : RowStatus.OUT_OF_SCOPE, null, null);
		}
		if (area.get().key().equals(self.key())) {
			return new Target(RowStatus.OWN, self.key(), null);
		}
		if (self.kind() == AreaDirectory.Kind.COUNTY && area.get().districtKey().equals(self.key())) {
			return new Target(RowStatus.MUNICIPALITY_ROW, null, null);
		}
		return new Target(RowStatus.OUT_OF_SCOPE, null, null);
	}

	private Target district(String key, Optional<AreaDirectory.Area> area, boolean sameLand) {
		if (area.isPresent()) {
			if (self.kind() != AreaDirectory.Kind.MUNICIPALITY && key.equals(self.districtKey())) {
				return new Target(RowStatus.OWN, self.key(), null);
			}
			if (self.kind() == AreaDirectory.Kind.COUNTY && sameLand) {
				return new Target(RowStatus.REFERENCE, key, null);
			}
			return new Target(RowStatus.OUT_OF_SCOPE, null, null);
		}
		if (!sameLand || self.kind() == AreaDirectory.Kind.MUNICIPALITY) {
			return new Target(RowStatus.OUT_OF_SCOPE, null, null);
		}
		return former.find(key)
			.map(f -> new Target(RowStatus.FORMER_KEY, null, f.successor()))
			.orElseGet(() -> new Target(RowStatus.UNKNOWN_KEY, null, null));
	}

	/** A year gives a year; a reference date ({@code 30.06.2019}) the year, quarter or month it falls in. */
	static Optional<Period> period(String reference, PeriodType type) {
		String text = reference == null ? "" : reference.strip();
		try {
			if (text.matches("\\d{4}")) {
				return type == PeriodType.YEAR ? Optional.of(Period.parse(text)) : Optional.empty();
			}
			if (text.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
				return Optional.of(Period.containing(type, LocalDate.parse(text, GERMAN_DATE)));
			}
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}
}

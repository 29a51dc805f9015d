package de.mosaik.core.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.mosaik.core.shared.MonitoringChanged;
import de.mosaik.core.shared.InUseException;
import de.mosaik.core.shared.InvalidInputException;
import de.mosaik.core.shared.NotFoundException;
import de.mosaik.core.shared.StaleVersionException;
import de.mosaik.core.tenancy.CurrentTenant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of official statistics files: upload → preview (series mapped to indicators, every number with
 * what becomes of it) → import in one transaction → undo as a whole. The file is kept with the import, so
 * that the preview can be recomputed after the mapping changes.
 */
@Service
public class ImportService {

	/** Larger files are refused: the largest published table of this kind is about 1 MB. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final StatisticsImports imports;

	private final ImportFiles files;

	private final IndicatorValues values;

	private final Indicators indicators;

	private final List<StatisticsFormat> formats;

	private final AreaDirectory directory;

	private final FormerDistricts former;

	private final CurrentTenant tenant;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportService(StatisticsImports imports, ImportFiles files, IndicatorValues values, Indicators indicators,
			List<StatisticsFormat> formats, AreaDirectory directory, FormerDistricts former, CurrentTenant tenant,
			ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.files = files;
		this.values = values;
		this.indicators = indicators;
		this.formats = formats;
		this.directory = directory;
		this.former = former;
		this.tenant = tenant;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<StatisticsImport> list(String search, ImportStatus status, Pageable pageable) {
		return imports.search(search == null ? "" : search.strip(), status, pageable);
	}

	@Transactional(readOnly = true)
	public StatisticsImport get(UUID id) {
		return imports.findById(id).orElseThrow(() -> new NotFoundException("statisticsImport", id));
	}

	/** Reads the file and keeps it for the preview; series the file names after an indicator are mapped to it. */
	@Transactional
	public StatisticsImport upload(String fileName, byte[] content, String createdBy) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("file", "import.file.tooLarge");
		}
		String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		ParsedFile parsed = parse(name, content);
		StatisticsImport created = imports.save(new StatisticsImport(name, parsed.layout(), createdBy, suggested(parsed), now()));
		files.save(new ImportFile(created.getId(), content));
		return created;
	}

	/**
	 * The series the file names after an indicator of the catalogue; where it gives the totals in several units
	 * (e.g. Anzahl and Prozent), the one in the indicator's unit.
	 */
	private Map<String, UUID> suggested(ParsedFile parsed) {
		Map<String, UUID> suggested = new HashMap<>();
		Map<String, List<String>> byCode = new HashMap<>();
		parsed.series()
			.stream()
			.filter(s -> s.suggestedCode() != null)
			.forEach(s -> byCode.computeIfAbsent(s.suggestedCode(), c -> new ArrayList<>()).add(s.key()));
		byCode.forEach((code, series) -> indicators.findByCodeIgnoreCase(code).ifPresent(indicator -> {
			List<String> fitting = series.size() == 1 ? series
					: series.stream().filter(s -> unitFits(s, indicator.getUnit())).toList();
			if (fitting.size() == 1) {
				suggested.put(fitting.get(0), indicator.getId());
			}
		}));
		return suggested;
	}

	static boolean unitFits(String series, String unit) {
		String u = unit.toLowerCase(java.util.Locale.ROOT);
		String s = series.toLowerCase(java.util.Locale.ROOT);
		if (u.startsWith("anzahl")) {
			return s.contains("units=anzahl");
		}
		if (u.startsWith("prozent")) {
			return s.contains("units=prozent") || s.contains("units=%");
		}
		return false;
	}

	/** Maps series to indicators (unmapped series are not imported) and chooses the period type. */
	@Transactional
	public StatisticsImport map(UUID id, long expectedVersion, Map<String, UUID> mapping, PeriodType periodType) {
		StatisticsImport statisticsImport = pending(id, expectedVersion);
		ParsedFile parsed = parse(statisticsImport);
		Set<String> series = new HashSet<>(parsed.series().stream().map(ParsedFile.Series::key).toList());
		Map<String, UUID> checked = new HashMap<>();
		mapping.forEach((s, indicator) -> {
			if (!series.contains(s)) {
				throw new InvalidInputException("mapping", "import.mapping.unknownSeries");
			}
			if (indicator != null) {
				if (!indicators.existsById(indicator)) {
					throw new InvalidInputException("mapping", "import.mapping.unknownIndicator");
				}
				checked.put(s, indicator);
			}
		});
		if (new HashSet<>(checked.values()).size() < checked.size()) {
			throw new InvalidInputException("mapping", "import.mapping.twice");
		}
		PeriodType type = periodType == null ? PeriodType.YEAR : periodType;
		if (statisticsImport.getLayout() == Layout.OPEN_SDG && type != PeriodType.YEAR) {
			throw new InvalidInputException("periodType", "import.periodType.yearsOnly");
		}
		statisticsImport.map(checked, type, now());
		return imports.saveAndFlush(statisticsImport);
	}

	@Transactional(readOnly = true)
	public Preview preview(UUID id) {
		return preview(get(id));
	}

	/** Imports every importable number of the preview, in one transaction. */
	@Transactional
	public StatisticsImport commit(UUID id, long expectedVersion) {
		StatisticsImport statisticsImport = pending(id, expectedVersion);
		Preview preview = preview(statisticsImport);
		if (preview.importable() == 0) {
			throw new InvalidInputException("mapping", "import.nothingToImport");
		}
		OffsetDateTime now = now();
		Map<UUID, Indicator> mapped = new HashMap<>();
		indicators.findAllById(statisticsImport.getMapping().values()).forEach(i -> mapped.put(i.getId(), i));
		List<IndicatorValue> imported = new ArrayList<>();
		for (Preview.Row row : preview.rows()) {
			if (row.status().importable()) {
				imported.add(IndicatorValue.imported(id, row.area(), mapped.get(row.indicatorId()), row.period(),
						row.value(), row.marker(), now));
			}
		}
		values.saveAll(imported);
		statisticsImport.imported(imported.size(), now);
		StatisticsImport saved = imports.saveAndFlush(statisticsImport);
		changed();
		return saved;
	}

	/** Deletes exactly the values this import brought, all of them. */
	@Transactional
	public StatisticsImport undo(UUID id, long expectedVersion) {
		StatisticsImport statisticsImport = get(id);
		version(statisticsImport, expectedVersion);
		if (statisticsImport.getStatus() != ImportStatus.IMPORTED) {
			throw new InUseException("statisticsImport", id, "import.undo.notImported");
		}
		values.deleteByImport(id);
		statisticsImport.undone(now());
		StatisticsImport saved = imports.saveAndFlush(statisticsImport);
		changed();
		return saved;
	}

	/** A preview that is not wanted goes with its file. */
	@Transactional
	public void discard(UUID id, long expectedVersion) {
		imports.delete(pending(id, expectedVersion));
	}

	private Preview preview(StatisticsImport statisticsImport) {
		ParsedFile parsed = parse(statisticsImport);
		StatisticsFormat format = format(statisticsImport.getLayout());
		Map<String, UUID> mapping = statisticsImport.getMapping();
		Map<String, ValueSource> existing = new HashMap<>();
		if (!mapping.isEmpty()) {
			for (IndicatorValue v : values.findByIndicatorIdIn(mapping.values())) {
				if (!statisticsImport.getId().equals(v.getImportId())) {
					existing.put(ImportPreviewer.cell(v.getIndicatorId(), v.getArea(), v.period()), v.getSource());
				}
			}
		}
		Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
		// the import's own values do not count as taken, so that after the import the preview shows what it did
		List<Preview.Row> rows = new ImportPreviewer(directory, former, self()).rows(parsed, format, mapping,
				statisticsImport.getPeriodType(), existing, counts);
		List<Preview.SeriesMapping> series = parsed.series()
			.stream()
			.map(s -> new Preview.SeriesMapping(s.key(), s.observations(), mapping.get(s.key()), s.suggestedCode()))
			.toList();
		return new Preview(statisticsImport, series, counts, rows);
	}

	private AreaDirectory.Area self() {
		String key = tenant.require().value();
		return directory.find(key).orElseThrow(() -> new IllegalStateException("Tenant " + key + " is not in the directory"));
	}

	private ParsedFile parse(StatisticsImport statisticsImport) {
		byte[] content = files.findById(statisticsImport.getId())
			.orElseThrow(() -> new NotFoundException("statisticsImport", statisticsImport.getId()))
			.content();
		return format(statisticsImport.getLayout()).parse(statisticsImport.getFileName(), TextDecoding.decode(content));
	}

	private ParsedFile parse(String fileName, byte[] content) {
		String text = TextDecoding.decode(content);
		for (StatisticsFormat format : formats) {
			if (format.recognises(text)) {
				ParsedFile parsed = format.parse(fileName, text);
				if (!parsed.observations().isEmpty()) {
					return parsed;
				}
			}
		}
		throw new InvalidInputException("file", "import.file.unknownLayout");
	}

	private StatisticsFormat format(Layout layout) {
		return formats.stream().filter(f -> f.layout() == layout).findFirst().orElseThrow();
	}

	private StatisticsImport pending(UUID id, long expectedVersion) {
		StatisticsImport statisticsImport = get(id);
		version(statisticsImport, expectedVersion);
		if (statisticsImport.getStatus() != ImportStatus.PREVIEW) {
			throw new InUseException("statisticsImport", id, "import.alreadyImported");
		}
		return statisticsImport;
	}

	private static void version(StatisticsImport statisticsImport, long expectedVersion) {
		if (statisticsImport.getVersion() != expectedVersion) {
			throw new StaleVersionException("statisticsImport", statisticsImport.getId());
		}
	}

	private void changed() {
		events.publishEvent(new MonitoringChanged(tenant.require()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}

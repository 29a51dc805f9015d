package de.mosaik.web.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.monitoring.Direction;
import de.mosaik.core.monitoring.ImportStatus;
import de.mosaik.core.monitoring.Indicator;
import de.mosaik.core.monitoring.IndicatorKind;
import de.mosaik.core.monitoring.IndicatorValue;
import de.mosaik.core.monitoring.Layout;
import de.mosaik.core.monitoring.Origin;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.core.monitoring.Preview;
import de.mosaik.core.monitoring.RowStatus;
import de.mosaik.core.monitoring.StatisticsImport;
import de.mosaik.core.monitoring.ValueSource;

/** Monitoring's records as the API shows them. */
final class Responses {

	private Responses() {
	}

	record IndicatorResponse(UUID id, String code, String name, String nameEn, String unit, String definition,
			String numerator, String denominator, IndicatorKind kind, Integer scale, Direction direction,
			String source, String level, Origin origin, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			long version) {

		static IndicatorResponse of(Indicator i) {
			return new IndicatorResponse(i.getId(), i.getCode(), i.getName(), i.getNameEn(), i.getUnit(),
					i.getDefinition(), i.getNumerator(), i.getDenominator(), i.getKind(), i.getScale(),
					i.getDirection(), i.getSource(), i.getLevel(), i.getOrigin(), i.getCreatedAt(), i.getUpdatedAt(),
					i.getVersion());
		}
	}

	/**
	 * @param period {@code 2025}, {@code 2025-Q3} or {@code 2025-07}
	 * @param marker the official sign of a value that is not a number ({@code -}, {@code .}, {@code x}, {@code ...}, {@code /})
	 */
	record ValueResponse(UUID id, UUID indicatorId, String area, String period, PeriodType periodType,
			LocalDate periodStart, BigDecimal value, String marker, BigDecimal numerator, BigDecimal denominator,
			Integer cases, ValueSource source, UUID importId, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			long version) {

		static ValueResponse of(IndicatorValue v) {
			return new ValueResponse(v.getId(), v.getIndicatorId(), v.getArea(), v.period().toString(),
					v.getPeriodType(), v.getPeriodStart(), v.getValue(), v.getMarker(), v.getNumerator(),
					v.getDenominator(), v.getCases(), v.getSource(), v.getImportId(), v.getCreatedAt(),
					v.getUpdatedAt(), v.getVersion());
		}
	}

	record ImportResponse(UUID id, String fileName, Layout layout, PeriodType periodType, ImportStatus status,
			Integer importedValues, String createdBy, OffsetDateTime createdAt, OffsetDateTime importedAt,
			OffsetDateTime undoneAt, long version) {

		static ImportResponse of(StatisticsImport i) {
			return new ImportResponse(i.getId(), i.getFileName(), i.getLayout(), i.getPeriodType(), i.getStatus(),
					i.getImportedValues(), i.getCreatedBy(), i.getCreatedAt(), i.getImportedAt(), i.getUndoneAt(),
					i.getVersion());
		}
	}

	/** An import with its preview: the series and their indicators, counts per status, rows that would be imported. */
	record PreviewResponse(ImportResponse statisticsImport, List<Preview.SeriesMapping> series,
			Map<RowStatus, Long> counts, long importable, long problems) {

		static PreviewResponse of(Preview p) {
			return new PreviewResponse(ImportResponse.of(p.statisticsImport()), p.series(), p.counts(), p.importable(),
					p.problems());
		}
	}

	record RowResponse(int line, String key, String name, String area, String period, String series,
			UUID indicatorId, BigDecimal value, String marker, String raw, RowStatus status, String detail) {

		static RowResponse of(Preview.Row r) {
			return new RowResponse(r.line(), r.key(), r.name(), r.area(), r.period() == null ? null : r.period().toString(),
					r.series(), r.indicatorId(), r.value(), r.marker() == null ? null : r.marker().symbol(), r.raw(),
					r.status(), r.detail());
		}
	}
}

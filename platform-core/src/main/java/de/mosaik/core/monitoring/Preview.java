package de.mosaik.core.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import would do: per series the indicator it goes to, how many numbers end in each status, and
 * the rows that are imported or have a problem.
 */
public record Preview(StatisticsImport statisticsImport, List<SeriesMapping> series, Map<RowStatus, Long> counts,
		List<Row> rows) {

	/**
	 * @param indicatorId the indicator the series is mapped to, null for none
	 * @param suggestedCode the indicator the file suggests for it, null for none
	 */
	public record SeriesMapping(String series, int observations, UUID indicatorId, String suggestedCode) {
	}

	/**
	 * One number of the file and what becomes of it.
	 *
	 * @param area where the value is recorded (own key or district key), null when not imported
	 * @param period null when the file's reference cannot be read
	 * @param detail what helps the person: the successor of a former key, the existing value's source
	 */
	public record Row(int line, String key, String name, String area, Period period, String series,
			UUID indicatorId, BigDecimal value, Marker marker, String raw, RowStatus status, String detail) {
	}

	public long count(RowStatus status) {
		return counts.getOrDefault(status, 0L);
	}

	public long importable() {
		return count(RowStatus.OWN) + count(RowStatus.REFERENCE);
	}

	public long problems() {
		return counts.entrySet().stream().filter(e -> e.getKey().problem()).mapToLong(Map.Entry::getValue).sum();
	}
}

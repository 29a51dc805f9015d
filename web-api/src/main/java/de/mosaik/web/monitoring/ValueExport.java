package de.mosaik.web.monitoring;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.mosaik.core.monitoring.Indicator;
import de.mosaik.core.monitoring.IndicatorService;
import de.mosaik.core.monitoring.IndicatorValue;
import de.mosaik.core.monitoring.ValueFilter;
import de.mosaik.core.monitoring.ValueService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The values of a filter as one CSV, read page by page. */
@Component
class ValueExport {

	private final ValueService values;

	private final IndicatorService indicators;

	ValueExport(ValueService values, IndicatorService indicators) {
		this.values = values;
		this.indicators = indicators;
	}

	Csv csv(ValueFilter filter) {
		Map<UUID, Indicator> byId = new HashMap<>();
		indicators.all().forEach(i -> byId.put(i.getId(), i));
		Csv csv = new Csv("indikator", "name", "einheit", "gebiet", "zeitraum", "wert", "zaehler", "nenner", "faelle",
				"quelle", "import");
		int page = 0;
		Page<IndicatorValue> result;
		do {
			result = values.list(filter, PageRequest.of(page++, 1000, ValuesApi.DEFAULT_SORT));
			for (IndicatorValue v : result) {
				Indicator i = byId.get(v.getIndicatorId());
				csv.row(i.getCode(), i.getName(), i.getUnit(), v.getArea(), v.period().toString(),
						v.getMarker() != null ? v.getMarker() : Csv.number(v.getValue()), Csv.number(v.getNumerator()),
						Csv.number(v.getDenominator()), v.getCases() == null ? "" : v.getCases().toString(),
						v.getSource().name(), v.getImportId() == null ? "" : v.getImportId().toString());
			}
		}
		while (result.hasNext());
		return csv;
	}
}

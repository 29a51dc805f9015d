package de.mosaik.web.monitoring;

import java.util.List;
import java.util.Locale;

import de.mosaik.core.monitoring.AreaDirectory;
import de.mosaik.core.monitoring.CountyDashboard;
import de.mosaik.core.monitoring.PeriodType;
import de.mosaik.core.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The county's dashboard for API and pages: only a county has one; its tables as CSV. */
@Component
class CountyViews {

	private final DashboardCache cache;

	private final AreaDirectory directory;

	private final MessageSource messages;

	CountyViews(DashboardCache cache, AreaDirectory directory, MessageSource messages) {
		this.cache = cache;
		this.directory = directory;
		this.messages = messages;
	}

	boolean isCounty(String tenant) {
		return directory.find(tenant).map(a -> a.kind() == AreaDirectory.Kind.COUNTY).orElse(false);
	}

	CountyDashboard dashboard(String tenant, PeriodType type) {
		if (!isCounty(tenant)) {
			throw new NotFoundException("countyDashboard", tenant);
		}
		return cache.dashboard(tenant, type == null ? PeriodType.YEAR : type);
	}

	/** The dashboard as the API answers it. */
	String json(String tenant, PeriodType type) {
		if (!isCounty(tenant)) {
			throw new NotFoundException("countyDashboard", tenant);
		}
		return cache.json(tenant, type == null ? PeriodType.YEAR : type);
	}

	CountyDashboard.Panel panel(String tenant, PeriodType type, String code) {
		CountyDashboard.Panel panel = dashboard(tenant, type).panel(code);
		if (panel == null) {
			throw new NotFoundException("countyIndicator", code);
		}
		return panel;
	}

	/** Per indicator: the latest period with data, the members' total, how many reported, the county's own value. */
	Csv overview(CountyDashboard dashboard, Locale locale) {
		Csv csv = new Csv(text("ui.county.col.code", locale), text("ui.county.col.indicator", locale),
				text("ui.county.col.unit", locale), text("ui.county.col.period", locale),
				text("ui.county.col.total", locale), text("ui.county.col.reporting", locale),
				text("ui.county.col.own", locale));
		for (CountyDashboard.Panel p : dashboard.indicators()) {
			int last = p.periods().size() - 1;
			CountyDashboard.Total total = p.totals().get(last);
			csv.row(p.code(), p.name(locale.getLanguage()), p.unit(), p.periods().get(last), total(total),
					total.reporting() + "/" + dashboard.members(), cell(p.own().get(last)));
		}
		return csv;
	}

	/** The members' table of one indicator, with the total as its last line. */
	Csv members(CountyDashboard.Panel panel, Locale locale) {
		Csv csv = header(panel, locale);
		for (CountyDashboard.Row row : panel.members()) {
			csv.row(cells(row));
		}
		List<String> totals = new java.util.ArrayList<>(List.of("", text("ui.county.membersTotal", locale)));
		panel.totals().forEach(t -> totals.add(total(t)));
		csv.row(totals);
		List<String> own = new java.util.ArrayList<>(List.of("", text("ui.county.ownValues", locale)));
		panel.own().forEach(c -> own.add(cell(c)));
		return csv.row(own);
	}

	/** The trend of one indicator: per period the members' total, how many reported, the county's own value. */
	Csv trend(CountyDashboard.Panel panel, int members, Locale locale) {
		Csv csv = new Csv(text("ui.county.col.period", locale), text("ui.county.col.total", locale),
				text("ui.county.col.reporting", locale), text("ui.county.col.own", locale));
		for (int i = 0; i < panel.periods().size(); i++) {
			csv.row(panel.periods().get(i), total(panel.totals().get(i)), panel.totals().get(i).reporting() + "/" + members,
					cell(panel.own().get(i)));
		}
		return csv;
	}

	/** The districts of the Land for one indicator. */
	Csv comparison(CountyDashboard.Panel panel, Locale locale) {
		Csv csv = header(panel, locale);
		panel.comparison().forEach(row -> csv.row(cells(row)));
		return csv;
	}

	private Csv header(CountyDashboard.Panel panel, Locale locale) {
		List<String> header = new java.util.ArrayList<>(List.of(text("ui.county.col.key", locale),
				text("ui.county.col.area", locale)));
		header.addAll(panel.periods());
		return new Csv(header);
	}

	private static List<String> cells(CountyDashboard.Row row) {
		List<String> cells = new java.util.ArrayList<>(List.of(row.area(), row.name()));
		row.cells().forEach(c -> cells.add(cell(c)));
		return cells;
	}

	static String cell(CountyDashboard.Cell c) {
		if (c.suppressed()) {
			return ".";
		}
		return c.marker() != null ? c.marker() : Csv.number(c.value());
	}

	static String total(CountyDashboard.Total t) {
		return t.suppressed() ? "." : Csv.number(t.value());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

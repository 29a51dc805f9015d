package de.mosaik.web.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.mosaik.core.monitoring.CountyDashboard;
import de.mosaik.core.monitoring.PeriodType;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county's view across its members: an overview of every indicator, and per indicator the trend, the
 * members and the comparison with the Land's districts, each as a chart with its data table beside it.
 */
@Controller
@RequestMapping("/app/{tenant}/monitoring/county")
@PreAuthorize(Roles.COUNTY)
class CountyPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CountyViews views;

	private final MonitoringPageSupport support;

	CountyPages(CountyViews views, MonitoringPageSupport support) {
		this.views = views;
		this.support = support;
	}

	@GetMapping
	String overview(@PathVariable String tenant, @RequestParam(defaultValue = "YEAR") PeriodType periodType,
			Model model) {
		model.addAttribute("tenant", tenant);
		model.addAttribute("dashboard", views.dashboard(tenant, periodType));
		model.addAttribute("periodType", periodType);
		model.addAttribute("periodTypes", PeriodType.values());
		return "monitoring/county";
	}

	@GetMapping("/{code}")
	String indicator(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, @RequestParam(required = false) String q,
			Model model, Locale locale) {
		CountyDashboard dashboard = views.dashboard(tenant, periodType);
		CountyDashboard.Panel panel = views.panel(tenant, periodType, code);
		String search = q == null || q.isBlank() ? null : q.strip().toLowerCase(locale);
		model.addAttribute("q", search == null ? null : q.strip());
		model.addAttribute("shownMembers", search == null ? panel.members()
				: panel.members().stream().filter(r -> r.name().toLowerCase(locale).contains(search)).toList());
		String lang = locale.getLanguage();
		int last = panel.periods().size() - 1;
		model.addAttribute("tenant", tenant);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("panel", panel);
		model.addAttribute("name", panel.name(lang));
		model.addAttribute("periodType", periodType);
		model.addAttribute("latest", panel.periods().get(last));
		model.addAttribute("trendChart", chart("line", panel.periods(), Map.of(
				support.text(locale, "ui.county.membersTotal"), panel.totals().stream().map(CountyDashboard.Total::value).toList(),
				support.text(locale, "ui.county.ownValues"), panel.own().stream().map(CountyDashboard.Cell::value).toList())));
		List<CountyDashboard.Row> reported = panel.members()
			.stream()
			.filter(r -> r.cells().get(last).value() != null)
			.sorted(Comparator.comparing((CountyDashboard.Row r) -> r.cells().get(last).value()).reversed())
			.toList();
		model.addAttribute("membersReported", !reported.isEmpty());
		model.addAttribute("membersChart", chart("bar", reported.stream().map(CountyDashboard.Row::name).toList(),
				Map.of(panel.periods().get(last), reported.stream().map(r -> r.cells().get(last).value()).toList())));
		if (!panel.comparison().isEmpty()) {
			List<String> districts = new ArrayList<>();
			List<BigDecimal> values = new ArrayList<>();
			for (CountyDashboard.Row row : panel.comparison()) {
				if (row.cells().get(last).value() != null) {
					districts.add(row.name());
					values.add(row.cells().get(last).value());
				}
			}
			model.addAttribute("comparisonChart", chart("bar", districts, Map.of(panel.periods().get(last), values)));
		}
		return "monitoring/county-indicator";
	}

	@GetMapping(value = "/export", produces = "text/csv")
	ResponseEntity<byte[]> overviewCsv(@PathVariable String tenant,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		return views.overview(views.dashboard(tenant, periodType), locale).download("kreis-" + tenant + "-uebersicht.csv");
	}

	@GetMapping(value = "/{code}/members.csv", produces = "text/csv")
	ResponseEntity<byte[]> membersCsv(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		return views.members(views.panel(tenant, periodType, code), locale)
			.download("kreis-" + tenant + "-" + code + "-gemeinden.csv");
	}

	@GetMapping(value = "/{code}/trend.csv", produces = "text/csv")
	ResponseEntity<byte[]> trendCsv(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		CountyDashboard dashboard = views.dashboard(tenant, periodType);
		return views.trend(views.panel(tenant, periodType, code), dashboard.members(), locale)
			.download("kreis-" + tenant + "-" + code + "-verlauf.csv");
	}

	@GetMapping(value = "/{code}/comparison.csv", produces = "text/csv")
	ResponseEntity<byte[]> comparisonCsv(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		return views.comparison(views.panel(tenant, periodType, code), locale)
			.download("kreis-" + tenant + "-" + code + "-vergleich.csv");
	}

	/** What the chart script draws: a line or bar chart of labelled series over the categories. */
	private static String chart(String type, List<String> categories, Map<String, List<BigDecimal>> series) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("categories", categories);
		List<Map<String, Object>> list = new ArrayList<>();
		series.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> list.add(Map.of("name", e.getKey(), "data", e.getValue())));
		chart.put("series", list);
		return JSON.writeValueAsString(chart);
	}
}

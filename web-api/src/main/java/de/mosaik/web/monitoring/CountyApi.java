package de.mosaik.web.monitoring;

import java.util.Locale;

import de.mosaik.core.monitoring.CountyDashboard;
import de.mosaik.core.monitoring.PeriodType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenant}/monitoring/county")
@Tag(name = "Monitoring: county", description = "A county's view across its members: sums and rates with small numbers suppressed, its own values, the other districts of the Land")
@SecurityRequirement(name = "bearer")
@PreAuthorize(Roles.COUNTY)
class CountyApi {

	private final CountyViews views;

	CountyApi(CountyViews views) {
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "The county dashboard", description = "Every indicator with data: periods, members' total per period, the county's own values, each member's values (suppressed where fewer than the threshold of cases, or where they could be recomputed), the Land's districts. 404 for a tenant that is not a county. Cached; a change of any member shows at once.")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CountyDashboard.class)))
	ResponseEntity<String> dashboard(@PathVariable String tenant,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType) {
		// the cached JSON as it is: a large county's dashboard is not read into objects and written again
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8))
			.body(views.json(tenant, periodType));
	}

	@GetMapping("/indicators/{code}")
	@Operation(summary = "One indicator of the county dashboard")
	CountyDashboard.Panel indicator(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType) {
		return views.panel(tenant, periodType, code);
	}

	@GetMapping("/overview.csv")
	@Operation(summary = "The dashboard's overview as CSV", description = "Per indicator the latest period, the members' total, how many reported, the county's own value")
	ResponseEntity<byte[]> overviewCsv(@PathVariable String tenant,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		return views.overview(views.dashboard(tenant, periodType), locale).download("kreis-" + tenant + "-uebersicht.csv");
	}

	@GetMapping("/indicators/{code}/members.csv")
	@Operation(summary = "The members' table of an indicator as CSV", description = "Suppressed cells as '.'")
	ResponseEntity<byte[]> membersCsv(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		return views.members(views.panel(tenant, periodType, code), locale)
			.download("kreis-" + tenant + "-" + code + "-gemeinden.csv");
	}

	@GetMapping("/indicators/{code}/trend.csv")
	@Operation(summary = "The trend of an indicator as CSV", description = "Per period the members' total, how many reported, the county's own value")
	ResponseEntity<byte[]> trendCsv(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		CountyDashboard dashboard = views.dashboard(tenant, periodType);
		return views.trend(views.panel(tenant, periodType, code), dashboard.members(), locale)
			.download("kreis-" + tenant + "-" + code + "-verlauf.csv");
	}

	@GetMapping("/indicators/{code}/comparison.csv")
	@Operation(summary = "The districts of the Land for an indicator as CSV")
	ResponseEntity<byte[]> comparisonCsv(@PathVariable String tenant, @PathVariable String code,
			@RequestParam(defaultValue = "YEAR") PeriodType periodType, Locale locale) {
		return views.comparison(views.panel(tenant, periodType, code), locale)
			.download("kreis-" + tenant + "-" + code + "-vergleich.csv");
	}
}

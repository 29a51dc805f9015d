package de.mosaik.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import de.mosaik.admin.register.OfficialRegister;
import de.mosaik.admin.register.RegisteredCouncil;
import de.mosaik.core.concept.ReportPeriod;

import org.springframework.stereotype.Component;

/** What the report's API and page share: the default period and the council's official name. */
@Component
class ReportRequests {

	/** The councils are German: the current year is the one in Germany. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final OfficialRegister register;

	private final Clock clock;

	ReportRequests(OfficialRegister register, Clock clock) {
		this.register = register;
		this.clock = clock;
	}

	/** The period asked for; a missing end is the end of the start's year, a missing start the current year's. */
	ReportPeriod period(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		if (from == null && to == null) {
			return ReportPeriod.yearOf(today);
		}
		LocalDate start = from != null ? from : to.withDayOfYear(1);
		LocalDate end = to != null ? to : from.withDayOfYear(from.lengthOfYear());
		return new ReportPeriod(start, end);
	}

	String councilName(String ags) {
		return register.find(ags).map(RegisteredCouncil::name).orElse(ags);
	}

	/** e.g. {@code Sachstandsbericht-09373112-2026-01-01-2026-12-31.pdf} */
	static String fileName(String ags, ReportPeriod period, String extension) {
		return "Sachstandsbericht-" + ags + "-" + period.from() + "-" + period.to() + "." + extension;
	}
}

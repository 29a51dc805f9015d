package de.mosaik.core.monitoring;

import java.util.List;

/**
 * A statistics file read into observations, before any key or indicator is checked.
 *
 * @param series the file's series: a value column, or a combination of breakdowns (e.g. "Geschlecht=Insgesamt")
 */
record ParsedFile(Layout layout, List<Series> series, List<Observation> observations) {

	/**
	 * One series of the file.
	 *
	 * @param suggestedCode the indicator this series most likely is (e.g. from the file name), or null
	 */
	record Series(String key, String suggestedCode, int observations) {
	}

	/**
	 * One number (or marker) of the file as written.
	 *
	 * @param line the line of the file, for the person who checks the preview
	 * @param key the regional key as written (e.g. {@code K03101}, {@code 03101}, {@code #NV})
	 * @param reference the year ({@code 2019}) or reference date ({@code 30.06.2019})
	 * @param raw the cell as written
	 */
	record Observation(int line, String key, String name, String reference, String series, String raw) {
	}
}

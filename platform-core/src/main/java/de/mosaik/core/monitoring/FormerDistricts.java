package de.mosaik.core.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** District keys that official statistics still carry but that no longer exist (see monitoring/README.md). */
@Component
class FormerDistricts {

	static final String RESOURCE = "/monitoring/former-districts.csv";

	/** A former district and, where one district took it over whole, that one. */
	record FormerDistrict(String key, String name, String successor, String since) {
	}

	private final Map<String, FormerDistrict> byKey = new HashMap<>();

	FormerDistricts() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				FormerDistricts.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
			String text = reader.lines().skip(1).reduce("", (a, b) -> a + b + "\n");
			for (CsvRecords.Line line : CsvRecords.parse(text, ',')) {
				List<String> c = line.cells();
				byKey.put(c.get(0), new FormerDistrict(c.get(0), c.get(1), blank(c.get(2)), blank(c.get(3))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<FormerDistrict> find(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	int size() {
		return byKey.size();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}

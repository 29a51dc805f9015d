package de.mosaik.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects a benchmark's figures, prints them and writes them to target/benchmarks/NAME.md. */
final class Figures {

	private final String name;

	private final List<String> lines = new ArrayList<>();

	Figures(String name, String command) {
		this.name = name;
		lines.add("### " + name);
		lines.add("");
		lines.add("Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", database: " + database() + ". Command: `" + command + "`");
		lines.add("");
	}

	Figures line(String text) {
		lines.add(text);
		return this;
	}

	void write() {
		String text = String.join("\n", lines) + "\n";
		System.out.println("\n" + text);
		try {
			Path dir = Path.of("target", "benchmarks");
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(name + ".md"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	static String ms(double nanos) {
		return String.format("%.0f ms", nanos / 1_000_000);
	}

	static String database() {
		return System.getenv("MOSAIK_TEST_DB_URL") != null ? "PostgreSQL server (MOSAIK_TEST_DB_URL)"
				: "embedded PostgreSQL 17";
	}
}

package de.mosaik.web.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real public data beside the repository ({@code ../shared/data}), read as published. */
final class SharedData {

	private SharedData() {
	}

	static Path path(String relative) {
		return Stream.of("../shared/data", "../../shared/data")
			.map(Path::of)
			.filter(Files::isDirectory)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("../shared/data is missing beside the repository"))
			.resolve(relative);
	}

	static byte[] bytes(String relative) {
		try {
			return Files.readAllBytes(path(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

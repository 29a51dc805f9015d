package de.mosaik.core.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real public data beside the repository ({@code ../shared/data}), read as published. */
final class SharedData {

	private SharedData() {
	}

	static byte[] bytes(String relative) {
		Path base = Stream.of("../shared/data", "../../shared/data")
			.map(Path::of)
			.filter(Files::isDirectory)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("../shared/data is missing beside the repository"));
		try {
			return Files.readAllBytes(base.resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String relative) {
		return TextDecoding.decode(bytes(relative));
	}
}

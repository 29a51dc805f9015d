package de.mosaik.web.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real public data beside the repository ({@code ../shared/data}), read as published. */
public final class SharedData {

	private SharedData() {
	}

	public static Path path(String relative) {
		return root().resolve(relative);
	}

	/**
	 * {@code MOSAIK_SHARED_DATA} if set, else {@code shared/data} beside the repository or beside one of the
	 * folders above it (a CI clone may sit deeper), else the workplace's {@code /work/shared/data}.
	 */
	static Path root() {
		String configured = System.getenv("MOSAIK_SHARED_DATA");
		if (configured != null && Files.isDirectory(Path.of(configured))) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path beside = dir.resolveSibling("shared").resolve("data");
			if (dir.getParent() != null && Files.isDirectory(beside)) {
				return beside;
			}
		}
		return Stream.of(Path.of("/work/shared/data"))
			.filter(Files::isDirectory)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"shared/data not found beside the repository; set MOSAIK_SHARED_DATA to its folder"));
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

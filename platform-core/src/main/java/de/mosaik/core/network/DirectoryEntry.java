package de.mosaik.core.network;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One organisation in a directory list, marked with where it comes from. */
public record DirectoryEntry(Source source, UUID id, String name, String typeCode, String typeName, String city,
		String email, String phone, String website, List<String> languages, List<String> area, boolean shared,
		OffsetDateTime updatedAt) {
}

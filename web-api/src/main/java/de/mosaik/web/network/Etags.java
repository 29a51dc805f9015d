package de.mosaik.web.network;

import java.net.URI;

import de.mosaik.web.problem.Versions;

import org.springframework.http.ResponseEntity;

/** Responses that carry the record's version as ETag. */
final class Etags {

	static final String READERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')";

	static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')";

	private Etags() {
	}

	static <T> ResponseEntity<T> ok(long version, T body) {
		return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
	}

	static <T> ResponseEntity<T> created(String location, long version, T body) {
		return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(version)).body(body);
	}
}

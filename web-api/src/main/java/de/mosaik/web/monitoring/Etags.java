package de.mosaik.web.monitoring;

import java.net.URI;

import de.mosaik.web.problem.Versions;

import org.springframework.http.ResponseEntity;

/** Responses that carry the record's version as ETag. */
final class Etags {

	private Etags() {
	}

	static <T> ResponseEntity<T> ok(long version, T body) {
		return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
	}

	static <T> ResponseEntity<T> created(String location, long version, T body) {
		return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(version)).body(body);
	}
}

package de.mosaik.core.concept;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A published framework release as members read it through the county's {@code shared_framework_release} view. */
public record FrameworkReleaseView(UUID id, int number, String conceptTitle, int conceptEdition, String note,
		OffsetDateTime publishedAt) {

	static FrameworkReleaseView of(FrameworkRelease r) {
		return new FrameworkReleaseView(r.getId(), r.getNumber(), r.getConceptTitle(), r.getConceptEdition(),
				r.getNote(), r.getPublishedAt());
	}
}

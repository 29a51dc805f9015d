package de.mosaik.web.offboarding;

import java.time.OffsetDateTime;

import de.mosaik.admin.offboarding.Offboarding;

/** An offboarding as operators see it: steps, dates and the export's checksum, never its content. */
record OffboardingResponse(String ags, String name, Offboarding.Status status, String archiveSha256,
		OffsetDateTime requestedAt, String requestedBy, OffsetDateTime confirmedAt, OffsetDateTime deleteAfter) {

	static OffboardingResponse of(Offboarding o) {
		return new OffboardingResponse(o.getAgs(), o.getName(), o.getStatus(), o.getArchiveSha256(), o.getRequestedAt(),
				o.getRequestedBy(), o.getConfirmedAt(), o.getDeleteAfter());
	}
}

package de.mosaik.web.meeting;

import java.time.ZoneId;

/** The meeting pages. */
class MeetingPages {

	static final String READERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')";

	static final String WRITERS = "hasAnyRole('COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER')";

	/** The councils are German: meetings take place in their time. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
}

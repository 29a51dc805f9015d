package de.mosaik.core.meeting;

/** What kind of body (Gremium) it is; the status report lists the steering committee's decisions. */
public enum BodyKind {

	/** Steuerungskreis of the integration concept. */
	STEERING_COMMITTEE,

	/** Arbeitsgruppe / Arbeitskreis. */
	WORKING_GROUP,

	/** Integrationsbeirat. */
	ADVISORY_COUNCIL,

	OTHER
}

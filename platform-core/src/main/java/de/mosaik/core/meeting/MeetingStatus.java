package de.mosaik.core.meeting;

/** Where a meeting stands: planned, invitations sent, held, or called off. */
public enum MeetingStatus {

	PLANNED, INVITED, HELD, CANCELLED
}

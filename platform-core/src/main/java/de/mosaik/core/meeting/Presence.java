package de.mosaik.core.meeting;

/** A member at a meeting: there, excused in advance, or absent without notice. */
public enum Presence {

	PRESENT, EXCUSED, ABSENT
}

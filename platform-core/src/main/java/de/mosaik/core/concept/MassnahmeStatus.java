package de.mosaik.core.concept;

/** Where a measure stands. */
public enum MassnahmeStatus {
	PLANNED, RUNNING, DONE, STOPPED
}

package de.mosaik.core.monitoring;

/** An import's way: parsed for the preview, imported as a whole, undone as a whole. */
public enum ImportStatus {
	PREVIEW, IMPORTED, UNDONE
}

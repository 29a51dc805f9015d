package de.mosaik.core.monitoring;

/** How values of an indicator combine across areas. */
public enum IndicatorKind {

	/** A number of things or people: summed. */
	COUNT,

	/** Numerator / denominator × scale: combined from the numerators and denominators. */
	RATE,

	/** Anything else (an average, a size): shown per area, never added up. */
	OTHER
}

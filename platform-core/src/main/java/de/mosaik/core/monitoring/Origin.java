package de.mosaik.core.monitoring;

/** Where an indicator comes from: the standard catalogue Mosaik ships (read-only), or the tenant. */
public enum Origin {
	STANDARD, OWN
}

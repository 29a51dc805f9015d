package de.mosaik.core.shared;

/** Somebody else changed the record since the caller read it (the If-Match version is outdated). */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String entity, Object id) {
		super(entity + " " + id + " was changed by someone else");
	}
}

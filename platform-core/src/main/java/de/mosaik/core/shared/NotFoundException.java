package de.mosaik.core.shared;

/** The record does not exist in the current tenant (or the caller may not know it exists). */
public class NotFoundException extends RuntimeException {

	private final String entity;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
	}

	public String entity() {
		return entity;
	}
}

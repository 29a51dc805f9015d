package de.mosaik.core.shared;

/** The record cannot be deleted while others refer to it; {@code messageKey} says which. */
public class InUseException extends RuntimeException {

	private final String messageKey;

	public InUseException(String entity, Object id, String messageKey) {
		super(entity + " " + id + " is still in use");
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}

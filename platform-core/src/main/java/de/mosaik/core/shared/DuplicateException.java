package de.mosaik.core.shared;

/** A field's value must be unique and is already taken; {@code messageKey} names the user-facing text. */
public class DuplicateException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public DuplicateException(String field, String messageKey) {
		super(field + " is already taken");
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}

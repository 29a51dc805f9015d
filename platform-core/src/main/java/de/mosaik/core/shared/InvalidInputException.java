package de.mosaik.core.shared;

/**
 * A rule across fields or records refuses the input (e.g. an end before the start, adopting without
 * a resolution); {@code field} is the one to correct, {@code messageKey} names the user-facing text.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidInputException(String field, String messageKey) {
		super(field + " is invalid: " + messageKey);
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

package de.mosaik.web.problem;

/** A request parameter or header has a value the API does not accept. */
public class InvalidParameter extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final String value;

	public InvalidParameter(String field, String messageKey, String value) {
		super(field + " invalid: " + value);
		this.field = field;
		this.messageKey = messageKey;
		this.value = value;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public String value() {
		return value;
	}
}

package de.mosaik.core.network;

/**
 * The file as a whole cannot be imported (not CSV, no name or type column, no rows, too many);
 * {@code messageKey} says why. Nothing is imported.
 */
public class ImportRejected extends RuntimeException {

	private final String messageKey;

	private final transient ImportPreview preview;

	public ImportRejected(String messageKey) {
		this(messageKey, null);
	}

	public ImportRejected(String messageKey, ImportPreview preview) {
		super("Import rejected: " + messageKey);
		this.messageKey = messageKey;
		this.preview = preview;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The rows with their problems when rows were at fault, null when the file itself was. */
	public ImportPreview preview() {
		return preview;
	}
}

package de.mosaik.web.problem;

/** An update or delete came without {@code If-Match}: it could overwrite somebody else's change. */
public class MissingIfMatch extends RuntimeException {

	public MissingIfMatch() {
		super("If-Match required");
	}
}

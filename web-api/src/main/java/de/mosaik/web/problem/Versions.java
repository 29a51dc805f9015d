package de.mosaik.web.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags are the record's version in quotes; {@code If-Match} must carry one. */
public final class Versions {

	private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d+)\"$");

	private Versions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	public static long fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new MissingIfMatch();
		}
		Matcher matcher = ETAG.matcher(ifMatch.strip());
		if (!matcher.matches()) {
			throw new InvalidParameter("If-Match", "problem.ifMatch.invalid", ifMatch);
		}
		return Long.parseLong(matcher.group(1));
	}
}

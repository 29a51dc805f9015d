package de.mosaik.core.network;

/**
 * What a directory search asks for; every part may be null.
 *
 * @param text words that must all occur (as prefixes) in name, type, topic, target group, language or place
 * @param type the code of an organisation type
 * @param language a BCP 47 tag the organisation offers or is reached in
 * @param area an official key (AGS) the organisation serves
 * @param source only own or only the county's entries
 * @param shared only own entries that are (or are not) shared with the county's members
 */
public record DirectoryFilter(String text, String type, String language, String area, Source source, Boolean shared) {

	public static DirectoryFilter none() {
		return new DirectoryFilter(null, null, null, null, null, null);
	}
}

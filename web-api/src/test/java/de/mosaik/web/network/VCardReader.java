package de.mosaik.web.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads vCards back as a client would (RFC 6350): unfolds lines, splits property from parameters and
 * value, unescapes text. Properties by name, parameters dropped, every value in order.
 */
final class VCardReader {

	private VCardReader() {
	}

	static List<Map<String, List<String>>> read(String text) {
		String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
		List<Map<String, List<String>>> cards = new ArrayList<>();
		Map<String, List<String>> card = null;
		for (String line : unfolded.split("\r\n")) {
			if (line.isEmpty()) {
				continue;
			}
			if (line.equals("BEGIN:VCARD")) {
				card = new LinkedHashMap<>();
				continue;
			}
			if (line.equals("END:VCARD")) {
				cards.add(card);
				card = null;
				continue;
			}
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).split(";")[0];
			String value = line.substring(colon + 1);
			card.computeIfAbsent(name, k -> new ArrayList<>()).add(name.equals("ADR") ? value : unescape(value));
		}
		return cards;
	}

	private static String unescape(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append(next == 'n' || next == 'N' ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}

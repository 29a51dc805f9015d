package de.mosaik.core.monitoring;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records with a given separator: quoted cells may hold separators, quotes ("") and line breaks. */
final class CsvRecords {

	/** One record and the line of the file it starts on (1-based). */
	record Line(int number, List<String> cells) {

		String cell(int index) {
			return index < cells.size() ? cells.get(index) : "";
		}

		boolean isBlank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	private CsvRecords() {
	}

	static List<Line> parse(String text, char separator) {
		List<Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int startLine = 1;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				lines.add(new Line(startLine, List.copyOf(cells)));
				cells.clear();
				line++;
				startLine = line;
			}
			else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !cells.isEmpty()) {
			cells.add(cell.toString());
			lines.add(new Line(startLine, List.copyOf(cells)));
		}
		return lines;
	}
}

package de.mosaik.core.network;

import java.util.List;

/**
 * Every row of an organisations CSV file with what is wrong with it; imported only when nothing is.
 *
 * @param ignoredColumns columns of the file the import does not read
 */
public record ImportPreview(List<Row> rows, List<String> ignoredColumns) {

	/** One data row: its line in the file, the organisation read from it, its problems. */
	public record Row(int line, OrganisationData organisation, List<Problem> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}
	}

	/** A field of a row and the key of the text that says what is wrong. */
	public record Problem(String field, String messageKey) {
	}

	public boolean valid() {
		return rows.stream().allMatch(Row::valid);
	}

	public long invalidRows() {
		return rows.stream().filter(r -> !r.valid()).count();
	}
}

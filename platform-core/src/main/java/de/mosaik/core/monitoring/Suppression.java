package de.mosaik.core.monitoring;

/**
 * Suppression of small numbers in a table of case counts (rows × columns) published together with its
 * totals, so that no value about fewer than {@code threshold} people can be read or recomputed.
 * <ul>
 * <li>Primary: a cell (or total) with {@code 0 < cases < threshold} is suppressed.</li>
 * <li>Secondary: a line (column, and row where rows have totals) whose total is shown and that has exactly
 * one suppressed cell would give that cell away as total minus the others, so its next smallest cell is
 * suppressed too (one with cases, if any; otherwise the total itself). Repeated until no line has exactly
 * one suppressed cell.</li>
 * </ul>
 * A cell without a count ({@code null}) takes no part: it has nothing to hide and adds nothing to the total.
 */
public final class Suppression {

	private final int threshold;

	public Suppression(int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("The threshold must be at least 1");
		}
		this.threshold = threshold;
	}

	/**
	 * Which cells and totals are suppressed.
	 *
	 * @param cells [row][column], true where suppressed
	 * @param columnTotals true where a column's total is suppressed
	 * @param rowTotals true where a row's total is suppressed (all false without row totals)
	 */
	public record Result(boolean[][] cells, boolean[] columnTotals, boolean[] rowTotals) {

		public boolean cell(int row, int column) {
			return cells[row][column];
		}

		public int count() {
			int n = 0;
			for (boolean[] row : cells) {
				for (boolean c : row) {
					n += c ? 1 : 0;
				}
			}
			return n;
		}
	}

	/**
	 * @param cases [row][column] the number of people behind each cell, null where there is no cell
	 * @param withRowTotals whether each row's total is published too
	 */
	public Result apply(Long[][] cases, boolean withRowTotals) {
		return apply(cases, true, withRowTotals);
	}

	/**
	 * @param withColumnTotals whether each column's total is published; without any totals only the primary
	 * suppression applies
	 */
	public Result apply(Long[][] cases, boolean withColumnTotals, boolean withRowTotals) {
		return apply(cases, cases.length == 0 ? 0 : cases[0].length, withColumnTotals, withRowTotals);
	}

	/** @param columns the table's width, also when it has no rows (a county without members yet) */
	public Result apply(Long[][] cases, int columns, boolean withColumnTotals, boolean withRowTotals) {
		int rows = cases.length;
		boolean[][] hidden = new boolean[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				hidden[r][c] = small(cases[r][c]);
			}
		}
		boolean[] columnTotals = new boolean[columns];
		for (int c = 0; c < columns; c++) {
			// an unpublished total counts as hidden: it gives nothing away
			columnTotals[c] = !withColumnTotals || small(sum(cases, c, true));
		}
		boolean[] rowTotals = new boolean[rows];
		if (withRowTotals) {
			for (int r = 0; r < rows; r++) {
				rowTotals[r] = small(sum(cases, r, false));
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int c = 0; c < columns; c++) {
				if (!columnTotals[c] && protect(cases, hidden, c, true)) {
					changed = true;
				}
			}
			if (withRowTotals) {
				for (int r = 0; r < rows; r++) {
					if (!rowTotals[r] && protect(cases, hidden, r, false)) {
						changed = true;
					}
				}
			}
			if (withRowTotals) {
				for (int r = 0; r < rows; r++) {
					if (!rowTotals[r] && exposed(cases, hidden, r, false)) {
						rowTotals[r] = true;
						changed = true;
					}
				}
			}
			for (int c = 0; c < columns; c++) {
				if (!columnTotals[c] && exposed(cases, hidden, c, true)) {
					columnTotals[c] = true;
					changed = true;
				}
			}
		}
		return new Result(hidden, columnTotals, rowTotals);
	}

	private boolean small(Long cases) {
		return cases != null && cases > 0 && cases < threshold;
	}

	/**
	 * If the line has exactly one suppressed cell, suppresses its smallest other cell (one with cases first).
	 *
	 * @return whether a cell was suppressed
	 */
	private static boolean protect(Long[][] cases, boolean[][] hidden, int line, boolean column) {
		if (suppressedIn(cases, hidden, line, column) != 1) {
			return false;
		}
		int[] best = null;
		long bestCases = Long.MAX_VALUE;
		boolean bestPositive = false;
		int length = column ? cases.length : cases[line].length;
		for (int i = 0; i < length; i++) {
			int r = column ? i : line;
			int c = column ? line : i;
			Long n = cases[r][c];
			if (n == null || hidden[r][c]) {
				continue;
			}
			boolean positive = n > 0;
			if (best == null || (positive && !bestPositive) || (positive == bestPositive && n < bestCases)) {
				best = new int[] { r, c };
				bestCases = n;
				bestPositive = positive;
			}
		}
		if (best == null) {
			return false;
		}
		hidden[best[0]][best[1]] = true;
		return true;
	}

	/** A line whose only suppressed cell has no other cell to hide with: the total must go instead. */
	private static boolean exposed(Long[][] cases, boolean[][] hidden, int line, boolean column) {
		return suppressedIn(cases, hidden, line, column) == 1 && !anyComplement(cases, hidden, line, column);
	}

	private static boolean anyComplement(Long[][] cases, boolean[][] hidden, int line, boolean column) {
		int length = column ? cases.length : cases[line].length;
		for (int i = 0; i < length; i++) {
			int r = column ? i : line;
			int c = column ? line : i;
			if (cases[r][c] != null && !hidden[r][c]) {
				return true;
			}
		}
		return false;
	}

	private static int suppressedIn(Long[][] cases, boolean[][] hidden, int line, boolean column) {
		int n = 0;
		int length = column ? cases.length : cases[line].length;
		for (int i = 0; i < length; i++) {
			int r = column ? i : line;
			int c = column ? line : i;
			n += cases[r][c] != null && hidden[r][c] ? 1 : 0;
		}
		return n;
	}

	private static Long sum(Long[][] cases, int line, boolean column) {
		Long total = null;
		int length = column ? cases.length : cases[line].length;
		for (int i = 0; i < length; i++) {
			Long n = column ? cases[i][line] : cases[line][i];
			if (n != null) {
				total = (total == null ? 0 : total) + n;
			}
		}
		return total;
	}
}

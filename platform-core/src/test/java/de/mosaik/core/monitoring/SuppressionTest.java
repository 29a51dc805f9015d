package de.mosaik.core.monitoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionTest {

	private static Long[][] table(Long[]... rows) {
		return rows;
	}

	private static Long[] row(Long... cells) {
		return cells;
	}

	@Test
	void cellsWithFewerCasesThanTheThresholdAreSuppressedButZeroAndUnknownAreNot() {
		Suppression.Result r = new Suppression(3).apply(table(row(2L), row(0L), row((Long) null), row(3L), row(1L)), false, false);
		assertThat(r.cell(0, 0)).as("2 < 3").isTrue();
		assertThat(r.cell(1, 0)).as("no one: nothing to protect").isFalse();
		assertThat(r.cell(2, 0)).as("no count").isFalse();
		assertThat(r.cell(3, 0)).as("3 is enough").isFalse();
		assertThat(r.cell(4, 0)).isTrue();
	}

	@Test
	void aSingleSuppressedCellInAColumnWithATotalTakesTheNextSmallestWithIt() {
		// column total 227 = 120 + 2 + 45 + 60: without the second, 227 - 120 - 45 - 60 gives the 2 away
		Suppression.Result r = new Suppression(3).apply(table(row(120L), row(2L), row(45L), row(60L)), false);
		assertThat(r.cell(1, 0)).isTrue();
		assertThat(r.cell(2, 0)).as("the next smallest").isTrue();
		assertThat(r.cell(0, 0)).isFalse();
		assertThat(r.cell(3, 0)).isFalse();
		assertThat(r.columnTotals()[0]).isFalse();
		assertThat(r.count()).isEqualTo(2);
	}

	@Test
	void twoSmallCellsInAColumnProtectEachOther() {
		Suppression.Result r = new Suppression(3).apply(table(row(1L), row(2L), row(50L), row(60L)), false);
		assertThat(r.count()).isEqualTo(2);
		assertThat(r.cell(2, 0)).isFalse();
	}

	@Test
	void theComplementIsACellWithCasesBeforeAZeroCell() {
		Suppression.Result r = new Suppression(3).apply(table(row(1L), row(0L), row(40L), row(30L)), false);
		assertThat(r.cell(1, 0)).as("a zero hides nothing").isFalse();
		assertThat(r.cell(3, 0)).isTrue();
	}

	@Test
	void whenNoOtherCellCanHideItTheTotalIsSuppressed() {
		Suppression.Result r = new Suppression(3).apply(table(row(2L), row((Long) null)), false);
		assertThat(r.cell(0, 0)).isTrue();
		assertThat(r.columnTotals()[0]).as("the total would be the cell itself").isTrue();
		Suppression.Result small = new Suppression(3).apply(table(row(1L), row(1L)), false);
		assertThat(small.columnTotals()[0]).as("a total of 2 is itself too small").isTrue();
	}

	@Test
	void withRowAndColumnTotalsSuppressionGoesOnUntilNoLineHasASingleSuppressedCell() {
		// 3 × 3 with totals for rows and columns; the 1 at (0,0) needs partners in its row and its column,
		// and those partners need partners in their own lines
		Long[][] cases = table(row(1L, 20L, 30L), row(25L, 40L, 50L), row(35L, 45L, 60L));
		Suppression.Result r = new Suppression(3).apply(cases, true);
		for (int i = 0; i < 3; i++) {
			int inRow = 0;
			int inColumn = 0;
			for (int j = 0; j < 3; j++) {
				inRow += r.cell(i, j) ? 1 : 0;
				inColumn += r.cell(j, i) ? 1 : 0;
			}
			assertThat(inRow).as("row %d", i).isNotEqualTo(1);
			assertThat(inColumn).as("column %d", i).isNotEqualTo(1);
		}
		assertThat(r.cell(0, 0)).isTrue();
		assertThat(r.cell(0, 1)).as("smallest in row 0").isTrue();
		assertThat(r.cell(1, 0)).as("smallest in column 0").isTrue();
		assertThat(r.cell(1, 1)).as("closes row 1 and column 1").isTrue();
		assertThat(r.count()).isEqualTo(4);
	}

	@Test
	void withoutPublishedTotalsOnlyThePrimaryRuleApplies() {
		Suppression.Result r = new Suppression(3).apply(table(row(120L), row(2L), row(45L)), false, false);
		assertThat(r.count()).isEqualTo(1);
	}

	@Test
	void theThresholdIsASetting() {
		Long[][] cases = table(row(4L), row(40L), row(50L));
		assertThat(new Suppression(3).apply(cases, false).count()).isZero();
		assertThat(new Suppression(5).apply(cases, false).count()).isEqualTo(2);
		assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTableWithoutRowsHasNothingSuppressed() {
		Suppression.Result r = new Suppression(3).apply(new Long[0][0], 4, true, false);
		assertThat(r.columnTotals()).hasSize(4).containsOnly(false);
		assertThat(r.count()).isZero();
	}
}

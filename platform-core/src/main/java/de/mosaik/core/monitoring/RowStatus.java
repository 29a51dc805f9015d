package de.mosaik.core.monitoring;

/** What becomes of one number of an uploaded file. */
public enum RowStatus {

	/** Imported as the tenant's own value. */
	OWN(true, false),

	/** Imported as a reference value of another district of the Land, for the county's comparison. */
	REFERENCE(true, false),

	/** A district key that no longer exists; not imported. */
	FORMER_KEY(false, true),

	/** A key that is not in the official directory, or no key at all; not imported. */
	UNKNOWN_KEY(false, true),

	/** A municipality of the county: its values belong in the municipality's own Mosaik; not imported. */
	MUNICIPALITY_ROW(false, true),

	/** No year or reference date that fits the chosen period type; not imported. */
	INVALID_PERIOD(false, true),

	/** The cell is empty; not imported. */
	EMPTY_VALUE(false, true),

	/** The cell is neither a number nor an official marker; not imported. */
	INVALID_VALUE(false, true),

	/** There is a value for this indicator, area and period already; kept, the file's is not imported. */
	ALREADY_RECORDED(false, true),

	/** The file has this indicator, area and period twice; the first is imported. */
	DUPLICATE(false, true),

	/** Another Land, the Land itself, a region or a municipality of another county: not this council's. */
	OUT_OF_SCOPE(false, false),

	/** A series that is mapped to no indicator. */
	UNMAPPED(false, false);

	private final boolean importable;

	private final boolean problem;

	RowStatus(boolean importable, boolean problem) {
		this.importable = importable;
		this.problem = problem;
	}

	public boolean importable() {
		return importable;
	}

	public boolean problem() {
		return problem;
	}

	/** Whether the preview lists the row one by one; the rest is only counted. */
	public boolean listed() {
		return importable || problem;
	}
}

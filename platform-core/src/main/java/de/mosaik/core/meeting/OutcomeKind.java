package de.mosaik.core.meeting;

/** What the minutes record under an agenda item. */
public enum OutcomeKind {

	/** Noted for information (Kenntnisnahme). */
	INFORMATION,

	/** A decision (Beschluss), optionally about a goal or a measure of the concept. */
	DECISION,

	/** A task for the task list, with owner and due date. */
	TASK
}

package de.mosaik.core.concept;

/** Where a version of the concept stands: drafted, in consultation, adopted by the council, replaced. */
public enum ConceptStatus {

	DRAFT, IN_CONSULTATION, ADOPTED, SUPERSEDED;

	/** The statuses a person may move a concept to from this one; SUPERSEDED comes only by adopting another. */
	public boolean mayChangeTo(ConceptStatus next) {
		return switch (this) {
			case DRAFT -> next == IN_CONSULTATION || next == ADOPTED;
			case IN_CONSULTATION -> next == DRAFT || next == ADOPTED;
			case ADOPTED, SUPERSEDED -> false;
		};
	}
}

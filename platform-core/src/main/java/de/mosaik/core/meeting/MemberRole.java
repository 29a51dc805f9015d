package de.mosaik.core.meeting;

/** A member's role in a body. */
public enum MemberRole {

	CHAIR, DEPUTY, MEMBER, GUEST
}

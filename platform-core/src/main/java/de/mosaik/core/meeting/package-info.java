/**
 * Bodies (Gremien: the steering committee, working groups, others) with their members, and their
 * meetings: agenda, attendance, minutes with outcomes (information, decisions, tasks), recurring series.
 */
package de.mosaik.core.meeting;

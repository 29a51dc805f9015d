/**
 * Offboarding a council: an export of all its data first, then, after confirmation and a waiting
 * period, deletion of its schema, role, memberships, Redis keys and platform rows, with a proof of
 * deletion and a check that nothing is left.
 */
package de.mosaik.admin.offboarding;

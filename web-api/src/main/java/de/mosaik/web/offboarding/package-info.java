/** Offboarding by API and pages: the operator's steps, and the council's own export download. */
package de.mosaik.web.offboarding;

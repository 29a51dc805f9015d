/** The integration concept with fields of action, goals, measures and milestones: REST API and pages. */
package de.mosaik.web.concept;

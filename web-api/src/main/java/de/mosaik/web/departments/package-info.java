/** The departments of a council's administration: REST API and pages. */
package de.mosaik.web.departments;

/**
 * The status report of the integration concept for the mayor and the council: one Thymeleaf template,
 * shown as a page, served as HTML and rendered to PDF with an embedded font.
 */
package de.mosaik.web.report;

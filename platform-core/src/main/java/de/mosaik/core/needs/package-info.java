/**
 * Needs analyses (Bedarfsanalysen): how and when a council found out what is needed, how many took part
 * (counts only, never who), and the findings that justify goals and measures of its concept.
 */
package de.mosaik.core.needs;

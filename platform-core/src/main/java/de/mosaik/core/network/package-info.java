/**
 * The partner network: organisations (Träger, Beratungsstellen, Vereine …) with their contact persons
 * and offers, working groups (Arbeitskreise), the county-wide shared directory its members read and
 * propose entries to, and CSV import.
 */
package de.mosaik.core.network;

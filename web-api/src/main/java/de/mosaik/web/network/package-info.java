/**
 * The partner network over HTTP and as pages: the council's own organisations, contacts, offers and
 * working groups, the county's shared directory beside them, proposals and the county's decisions,
 * CSV import and CSV/vCard export.
 */
package de.mosaik.web.network;

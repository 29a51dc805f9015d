/**
 * External consultants commissioned for the integration concept (Beratungsaufträge): the organisation, the
 * contract, its scope, period and budget, and the version of the concept it serves.
 */
package de.mosaik.core.consulting;

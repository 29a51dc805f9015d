/** Monitoring over HTTP and as pages: catalogue, values, imports, the county's view (cached in Redis), CSV exports. */
package de.mosaik.web.monitoring;

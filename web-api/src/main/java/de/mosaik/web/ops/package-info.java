/**
 * Running Mosaik in production: the migrate-and-exit mode of the migration Job, the health of the
 * migrations for the readiness probe.
 */
package de.mosaik.web.ops;

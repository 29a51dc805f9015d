/** The embedded PostgreSQL of the default run: no configuration, data kept in a folder across restarts. */
package de.mosaik.infra.embedded;

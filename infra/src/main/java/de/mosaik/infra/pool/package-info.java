/** The connection pool while the database is away: connections refused at once rather than waited for. */
package de.mosaik.infra.pool;

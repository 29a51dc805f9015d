/** Brings every tenant schema to the tenant changelog of the running version, skipping those already current. */
package de.mosaik.admin.migration;

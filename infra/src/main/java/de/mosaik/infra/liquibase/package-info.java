/** Liquibase for the platform schema at start, and per tenant schema for provisioning and migrations. */
package de.mosaik.infra.liquibase;

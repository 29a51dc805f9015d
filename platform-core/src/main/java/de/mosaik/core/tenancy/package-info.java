/** Which council a unit of work belongs to: the tenant key, its schema and database role, and the current tenant. */
package de.mosaik.core.tenancy;

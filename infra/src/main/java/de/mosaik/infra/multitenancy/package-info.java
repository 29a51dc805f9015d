/** Hibernate schema multitenancy over one pool: the connection takes the tenant's schema and role on checkout. */
package de.mosaik.infra.multitenancy;

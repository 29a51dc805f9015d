/** Who holds which role in which tenant, keyed by the identity provider's issuer and subject. */
package de.mosaik.admin.membership;

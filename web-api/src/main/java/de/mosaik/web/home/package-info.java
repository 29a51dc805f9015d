/** Who am I: the signed-in person's tenants and roles, by API and as the start page. */
package de.mosaik.web.home;

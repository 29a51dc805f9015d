/**
 * What all pages share: the language (German by default, English by {@code ?lang=en}, kept in a
 * cookie) and the layout's model (who is signed in, their tenants, where they are).
 */
package de.mosaik.web.ui;

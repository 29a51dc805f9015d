/** Needs analyses and their findings over HTTP and as pages. */
package de.mosaik.web.needs;

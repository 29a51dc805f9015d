/** The consultancies commissioned for the concept over HTTP and as pages. */
package de.mosaik.web.consulting;

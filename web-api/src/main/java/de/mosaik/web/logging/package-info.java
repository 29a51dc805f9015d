/** Request ids in logs and responses, so that one request can be followed through the log. */
package de.mosaik.web.logging;

/** RFC 9457 problem responses with stable types: which field, and why. */
package de.mosaik.web.problem;

/**
 * The county's framework over HTTP and as pages: the county publishes releases and follows its members'
 * adoption and progress (counts only); a member municipality reads the releases and adopts one.
 */
package de.mosaik.web.framework;

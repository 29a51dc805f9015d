/**
 * The few exceptions every feature raises for the web layer to turn into problem responses, and the
 * ports through which one feature offers data to another without depending on it.
 */
package de.mosaik.core.shared;

/** The few exceptions every feature raises for the web layer to turn into problem responses. */
package de.mosaik.core.shared;

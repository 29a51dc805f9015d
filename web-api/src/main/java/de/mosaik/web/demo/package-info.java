/** Demo data of the default run: a real county with a few members, and memberships for the demo accounts. */
package de.mosaik.web.demo;

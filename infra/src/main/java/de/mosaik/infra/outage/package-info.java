/** Dependencies found away: callers skip them at once, and one caller now and then tries again. */
package de.mosaik.infra.outage;

/**
 * Integration monitoring: the indicator catalogue, values per indicator, area and period (entered or
 * imported from official statistics), operational counts contributed by other features, and the county's
 * view across its members with small counts suppressed.
 */
package de.mosaik.core.monitoring;

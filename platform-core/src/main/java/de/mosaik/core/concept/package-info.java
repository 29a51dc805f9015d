/**
 * The integration concept (Integrationskonzept) in its versions, with its fields of action
 * (Handlungsfelder), goals, measures (Maßnahmen) and their milestones.
 */
package de.mosaik.core.concept;

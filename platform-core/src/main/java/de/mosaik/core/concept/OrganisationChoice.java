package de.mosaik.core.concept;

import java.util.UUID;

/** An organisation of the council's own partner network, as a measure names it. */
public record OrganisationChoice(UUID id, String name) {
}

package de.mosaik.admin.register;

/**
 * One council as the official register lists it.
 *
 * @param ags official key: 5 digits for a county, 8 for a municipality or city
 * @param countyAgs the county's key for a municipality, {@code null} otherwise
 */
public record RegisteredCouncil(String ags, String name, CouncilKind kind, String countyAgs, String state) {
}

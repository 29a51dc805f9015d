package de.mosaik.core.concept;

/** An indicator of the tenant's catalogue that a goal can name. */
public record IndicatorChoice(String code, String name, String unit) {
}

package org.edcomply.core.model;

/**
 * Who uses the product, as declared in the manifest's {@code audience} section.
 *
 * @param minAge    the youngest age the product is meant for, or {@code null} when not declared
 * @param location  where {@code minAge} is written (or the {@code audience} key when it is absent)
 */
public record Audience(Location location, Integer minAge) {

    public boolean includesAgeBelow(int age) {
        return minAge != null && minAge < age;
    }
}

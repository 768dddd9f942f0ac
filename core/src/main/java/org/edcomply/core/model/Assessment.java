package org.edcomply.core.model;

/**
 * An impact assessment the team has carried out ({@code assessments.<kind>}).
 *
 * @param kind      {@code dpia}, {@code pia}, {@code fria}, {@code tia} or {@code pipia}
 * @param reference a file in the project or an https URL
 */
public record Assessment(Location location, String kind, String reference) {
}

package org.edcomply.core.model;

/**
 * The verifiable parental consent mechanism declared in the manifest ({@code consent.parental}).
 *
 * @param mechanism the mechanism name, e.g. {@code EMAIL_PLUS}, or {@code NONE}
 */
public record ParentalConsent(Location location, String mechanism) {

    public boolean isDeclared() {
        return mechanism != null && !mechanism.isBlank() && !"NONE".equalsIgnoreCase(mechanism);
    }
}

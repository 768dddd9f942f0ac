package org.edcomply.core.model;

/**
 * Whether consent to disclose personal data to third parties is asked separately from consent to
 * collect it ({@code consent.separateThirdPartyConsent}; 16 CFR 312.5(a)(2) as amended in 2025).
 */
public record ThirdPartyConsent(Location location, boolean separate) {
}

package org.edcomply.core.model;

/**
 * A method or class declared to take automated decisions about people with {@code @AutomatedDecision}.
 *
 * @param owner the declaring class, or {@code Class.method}
 */
public record AutomatedDecisionDeclaration(Location location, String owner, String purpose, boolean humanReview,
                                           boolean significantEffect) {
}

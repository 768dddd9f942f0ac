package org.edcomply.core.model;

/**
 * An AI system the product contains ({@code aiSystems}).
 *
 * @param purpose   what it is used for, e.g. {@code LEVEL_PLACEMENT}, {@code PROCTORING}, {@code TUTORING}
 * @param riskClass {@code PROHIBITED}, {@code HIGH}, {@code LIMITED} or {@code MINIMAL} (EU AI Act), or null
 */
public record AiSystem(Location location, String name, String purpose, boolean profiling, boolean infersEmotion,
                       boolean biometricCategorisation, String riskClass) {

    /** Whether the entry says it does {@code practice}: EMOTION_RECOGNITION, BIOMETRIC_CATEGORISATION or PROFILING. */
    public boolean does(String practice) {
        return switch (practice) {
            case "EMOTION_RECOGNITION" -> infersEmotion;
            case "BIOMETRIC_CATEGORISATION" -> biometricCategorisation;
            case "PROFILING" -> profiling;
            default -> false;
        };
    }
}

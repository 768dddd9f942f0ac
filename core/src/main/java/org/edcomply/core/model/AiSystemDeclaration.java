package org.edcomply.core.model;

/**
 * A class or method declared an AI system with {@code @AiSystem}.
 *
 * @param owner   the declaring class, or {@code Class.method}
 * @param purpose the {@code AiSystem.Purpose} name, e.g. {@code ENGAGEMENT_MONITORING}
 */
public record AiSystemDeclaration(Location location, String owner, String purpose, boolean emotionRecognition,
                                  boolean biometricCategorisation, boolean profiling) {

    /** Whether the declaration says it does {@code practice}: EMOTION_RECOGNITION, BIOMETRIC_CATEGORISATION or PROFILING. */
    public boolean does(String practice) {
        return switch (practice) {
            case "EMOTION_RECOGNITION" -> emotionRecognition;
            case "BIOMETRIC_CATEGORISATION" -> biometricCategorisation;
            case "PROFILING" -> profiling;
            default -> false;
        };
    }
}

package eu.linguabridge;

import org.edcomply.annotations.AiSystem;

/** Scores a recorded answer against a native-speaker model; the score counts towards the course grade. */
@AiSystem(purpose = AiSystem.Purpose.LEARNING_OUTCOME_EVALUATION)
public class PronunciationScorer {

    public double score(SpeakingAttempt attempt, double[] phonemeDistances) {
        double total = 0;
        for (double d : phonemeDistances) {
            total += Math.max(0, 1 - d);
        }
        return phonemeDistances.length == 0 ? 0 : total / phonemeDistances.length;
    }
}

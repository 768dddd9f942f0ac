package eu.linguabridge;

import org.edcomply.annotations.AiSystem;
import org.edcomply.annotations.AutomatedDecision;

/** Proposes a CEFR level from the placement test; the learner's teacher confirms it. */
@AiSystem(purpose = AiSystem.Purpose.LEVEL_PLACEMENT, profiling = true)
public class PlacementTest {

    @AutomatedDecision(purpose = "place the learner in a CEFR level", humanReview = true)
    public String proposeLevel(double listening, double reading, double speaking) {
        double score = (listening + reading + speaking) / 3;
        return score > 0.85 ? "B2" : score > 0.6 ? "B1" : score > 0.35 ? "A2" : "A1";
    }
}

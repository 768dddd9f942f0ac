package edu.readalong;

import java.util.List;
import org.edcomply.annotations.AutomatedDecision;

/** Moves learners between reading groups from their session accuracy, every Sunday night. */
public class ReadingGroupPlacement {

    @AutomatedDecision(purpose = "move the learner to an easier or harder reading group")
    public int place(List<ReadingSession> lastWeek) {
        double accuracy = lastWeek.stream().mapToDouble(ReadingSession::accuracy).average().orElse(0);
        return accuracy > 0.95 ? 1 : accuracy < 0.7 ? -1 : 0;
    }
}

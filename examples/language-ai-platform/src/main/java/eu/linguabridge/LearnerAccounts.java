package eu.linguabridge;

import java.util.ArrayList;
import java.util.List;
import org.edcomply.annotations.DataSubjectRight;

/** The learner's own data: a copy on request, and erasure (also when a school asks). */
public class LearnerAccounts {

    private final List<Learner> learners = new ArrayList<>();
    private final List<SpeakingAttempt> attempts = new ArrayList<>();

    @DataSubjectRight(DataSubjectRight.Right.ACCESS)
    public List<SpeakingAttempt> export(long learner) {
        return attempts.stream().filter(a -> a.learner() == learner).toList();
    }

    @DataSubjectRight(DataSubjectRight.Right.ERASURE)
    public void erase(long learner) {
        learners.removeIf(l -> l.id() == learner);
        attempts.removeIf(a -> a.learner() == learner);
    }
}

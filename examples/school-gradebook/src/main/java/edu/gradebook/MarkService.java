package edu.gradebook;

import java.util.ArrayList;
import java.util.List;
import org.edcomply.annotations.DataSubjectRight;

/** Records marks and lists them per pupil. */
public class MarkService {

    private final List<Mark> marks = new ArrayList<>();

    public void give(Mark mark) {
        marks.add(mark);
    }

    @DataSubjectRight(DataSubjectRight.Right.ACCESS)
    public List<Mark> of(long pupilId) {
        return marks.stream().filter(m -> m.pupilId() == pupilId).toList();
    }

    /** Parents and schools ask for a pupil's data to be erased when the pupil leaves. */
    @DataSubjectRight(DataSubjectRight.Right.ERASURE)
    public void erase(long pupilId) {
        marks.removeIf(m -> m.pupilId() == pupilId);
    }
}

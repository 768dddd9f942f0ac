package org.kusoma.tablet;

import java.util.ArrayList;
import java.util.List;
import org.edcomply.annotations.DataSubjectRight;

/** What the head teacher can do for a family: show a child's results, or remove the child. */
public class ChildRecords {

    private final List<Child> children = new ArrayList<>();
    private final List<ReadingAttempt> attempts = new ArrayList<>();

    @DataSubjectRight(DataSubjectRight.Right.ACCESS)
    public List<ReadingAttempt> results(String seat) {
        return attempts.stream().filter(a -> a.seat().equals(seat)).toList();
    }

    @DataSubjectRight(DataSubjectRight.Right.ERASURE)
    public void remove(String seat) {
        children.removeIf(c -> c.seat().equals(seat));
        attempts.removeIf(a -> a.seat().equals(seat));
    }
}

package org.edcomply.core.model;

import java.util.List;

/**
 * A {@code @SuppressCompliance} annotation as written in a source file. It covers the lines of the
 * declaration it annotates. Whether it is well-formed, active or expired is decided when findings
 * are triaged, not by the rules.
 *
 * @param location     where the annotation is written
 * @param requirements the requirement ids it names
 * @param reason       why, as written
 * @param until        the expiry date as written ({@code yyyy-MM-dd}), or empty
 * @param target       what it annotates, e.g. {@code Learner.faceTemplate}
 * @param fromLine     first line of the annotated declaration
 * @param toLine       last line of the annotated declaration
 */
public record CodeSuppression(Location location, List<String> requirements, String reason, String until,
                              String target, int fromLine, int toLine) {

    public CodeSuppression {
        requirements = List.copyOf(requirements);
        reason = reason == null ? "" : reason;
        until = until == null ? "" : until;
    }
}

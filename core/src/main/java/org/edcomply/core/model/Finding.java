package org.edcomply.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A requirement that is not met at a location.
 *
 * @param subject what the finding is about, independent of line numbers: a member such as
 *                {@code Learner.faceTemplate}, a key such as {@code server.servlet.session.cookie.secure}
 */
public record Finding(
        String requirementId,
        String jurisdiction,
        String check,
        Severity severity,
        String title,
        String message,
        String remediation,
        String cite,
        String link,
        Location location,
        String subject) {

    /** The order of every report: by file, line, column, then requirement and message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::requirementId)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        subject = subject == null ? "" : subject;
        message = message == null ? "" : message;
    }
}

package org.edcomply.core.report;

import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes GitLab's Code Quality report ({@code artifacts:reports:codequality}), a subset of the Code
 * Climate format: description, check name, fingerprint, severity and a path relative to the
 * repository with a line. GitLab has no notion of suppression, so suppressed and baseline findings
 * are listed as {@code info} with their status in the description.
 */
public final class GitLabCodeQualityWriter {

    public static final String FILE_NAME = "gl-code-quality-report.json";

    private GitLabCodeQualityWriter() {
    }

    public static byte[] render(ComplianceReport report) {
        return JsonOutput.render(g -> {
            g.writeStartArray();
            for (TriagedFinding t : report.findings()) {
                Finding f = t.finding();
                String status = switch (t.status()) {
                    case ACTIVE -> "";
                    case BASELINE -> "[baseline] ";
                    case SUPPRESSED -> "[suppressed: " + t.suppression().reason() + "] ";
                };
                String cite = f.cite() == null || f.cite().isEmpty() ? "" : " (" + f.cite() + ")";
                g.writeStartObject();
                g.writeStringField("type", "issue");
                g.writeStringField("check_name", f.requirementId());
                g.writeStringField("description", status + f.requirementId() + ": " + f.message() + cite);
                g.writeArrayFieldStart("categories");
                g.writeString("Security");
                g.writeEndArray();
                g.writeStringField("fingerprint", t.fingerprint() + (t.occurrence() > 1 ? ":" + t.occurrence() : ""));
                g.writeStringField("severity", t.isActive() ? severity(f.severity()) : "info");
                g.writeObjectFieldStart("location");
                g.writeStringField("path", t.path());
                g.writeObjectFieldStart("lines");
                g.writeNumberField("begin", Math.max(1, f.location().line()));
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** Code Climate's severities: info, minor, major, critical, blocker. */
    static String severity(Severity s) {
        return switch (s) {
            case BLOCKER -> "blocker";
            case HIGH -> "critical";
            case MEDIUM -> "major";
            case LOW -> "minor";
            case INFO -> "info";
        };
    }
}

package org.edcomply.maven;

import java.util.List;
import org.edcomply.core.model.Severity;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.triage.TriagedFinding;

/**
 * The build's verdict: which findings block. Only active findings count (suppressed and baseline
 * ones never do); stale suppressions block only with {@code failOnStaleSuppressions}.
 *
 * @param maxFindings the most active findings (any severity) a build may have; negative = no limit
 */
record Gate(Severity failOn, boolean warnOnly, int maxFindings, boolean failOnStaleSuppressions) {

    static final String STALE = "EDC-SUPPRESSION-STALE";

    /** The findings that fail the build (unless {@code warnOnly}). */
    List<TriagedFinding> blocking(ComplianceReport report) {
        return report.findings().stream()
                .filter(TriagedFinding::isActive)
                .filter(f -> f.finding().severity().isAtLeast(failOn)
                        || failOnStaleSuppressions && STALE.equals(f.finding().requirementId()))
                .toList();
    }

    /** Active findings below the threshold: warnings. */
    List<TriagedFinding> warnings(ComplianceReport report) {
        List<TriagedFinding> blocking = blocking(report);
        return report.findings().stream().filter(TriagedFinding::isActive).filter(f -> !blocking.contains(f)).toList();
    }

    boolean exceedsMaxFindings(ComplianceReport report) {
        return maxFindings >= 0 && report.count(TriagedFinding::isActive) > maxFindings;
    }
}

package org.edcomply.core.triage;

import java.util.List;

/**
 * Findings after suppressions and baseline were applied.
 *
 * @param findings     every finding, including suppressed and baseline ones, in report order
 * @param baselineFile the baseline used, or null
 * @param fixed        baseline entries no current finding matches: fixed since the baseline was written
 * @param suppressions every suppression read, with how it was used
 */
public record TriageResult(List<TriagedFinding> findings, String baselineFile, List<BaselineEntry> fixed,
                           List<SuppressionUse> suppressions) {

    /** What became of one suppression. */
    public record SuppressionUse(Suppression suppression, State state, int matched) {
    }

    /** Applied, expired (no longer applies) or stale (matches nothing). */
    public enum State { APPLIED, EXPIRED, STALE }

    public TriageResult {
        findings = List.copyOf(findings);
        fixed = List.copyOf(fixed);
        suppressions = List.copyOf(suppressions);
    }

    public boolean baselineUsed() {
        return baselineFile != null;
    }
}

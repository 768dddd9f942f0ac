package org.edcomply.maven;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.edcomply.core.AnalysisStats;
import org.edcomply.core.model.Finding;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.triage.TriagedFinding;

/**
 * The one place that turns findings into build-log lines and the build verdict, so every finding
 * reads the same: severity, requirement, file:line, message, citation, fix.
 */
final class FindingLog {

    /** The failure message lists at most this many blocking findings; the log and reports have all. */
    static final int MAX_IN_MESSAGE = 50;

    private final Log log;

    FindingLog(Log log) {
        this.log = log;
    }

    /**
     * What the analysis cost and what the incremental cache saved, e.g. {@code 1,204 files analysed
     * in 3.2 s (1,198 unchanged, from the incremental cache; findings reused)}; a cache that could not
     * be used or written is a warning.
     */
    static void stats(Log log, AnalysisStats stats) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "EdComply: %,d files analysed in %.1f s",
                stats.files(), stats.totalMillis() / 1000.0));
        if (stats.filesFromCache() > 0) {
            sb.append(String.format(Locale.ROOT, " (%,d unchanged, from the incremental cache%s)", stats.filesFromCache(),
                    stats.findingsFromCache() ? "; findings reused" : ""));
        }
        log.info(sb.toString());
        if (!stats.cacheNote().isEmpty()) {
            log.warn("EdComply: " + stats.cacheNote());
        }
    }

    void report(ComplianceReport report, Gate gate, String reports) throws MojoFailureException {
        String failOn = gate.failOn().name();
        log.info("EdComply: " + report.filesScanned() + " files checked against " + report.requirements().size()
                + " requirements of " + String.join(", ", report.jurisdictions().keySet()) + "; reports: " + reports);
        suppressed(report);
        baseline(report);
        List<TriagedFinding> blocking = gate.blocking(report);
        List<TriagedFinding> others = gate.warnings(report);
        if (!others.isEmpty()) {
            log.warn("EdComply: " + count(others.size()) + " below " + failOn + " (not failing the build)");
            others.forEach(f -> log.warn(line(f)));
        }
        boolean tooMany = gate.exceedsMaxFindings(report);
        if (blocking.isEmpty() && !tooMany) {
            log.info("EdComply: no findings at or above " + failOn + " (failOn=" + failOn + ")");
            return;
        }
        String headline = blocking.isEmpty() ? "" : "EdComply: " + count(blocking.size()) + " at or above " + failOn
                + (gate.failOnStaleSuppressions() ? " or stale suppressions" : "") + " (failOn=" + failOn + ")";
        long active = report.count(TriagedFinding::isActive);
        String limit = tooMany ? "EdComply: " + active + (active == 1 ? " active finding exceeds" : " active findings exceed")
                + " maxFindings=" + gate.maxFindings() : "";
        if (gate.warnOnly()) {
            if (!headline.isEmpty()) {
                log.warn(headline + "; not failing the build (warnOnly)");
                blocking.forEach(f -> log.warn(line(f)));
            }
            if (tooMany) {
                log.warn(limit + "; not failing the build (warnOnly)");
            }
            return;
        }
        if (!headline.isEmpty()) {
            log.error(headline);
            blocking.forEach(f -> log.error(line(f)));
        }
        if (tooMany) {
            log.error(limit);
        }
        throw new MojoFailureException(failure(headline.isEmpty() ? limit : headline, blocking, reports));
    }

    private void suppressed(ComplianceReport report) {
        List<TriagedFinding> suppressed = report.findings(TriagedFinding.Status.SUPPRESSED);
        if (!suppressed.isEmpty()) {
            log.info("EdComply: " + count(suppressed.size()) + " suppressed (not counted; listed in every report)");
            suppressed.forEach(f -> log.info(line(f) + " Suppressed: " + f.suppression().reason()
                    + (f.suppression().until() == null ? "" : " (until " + f.suppression().until() + ")")));
        }
    }

    private void baseline(ComplianceReport report) {
        if (!report.baselineUsed()) {
            return;
        }
        log.info("EdComply: " + count(report.findings(TriagedFinding.Status.BASELINE).size())
                + " accepted in the baseline (not counted); " + report.fixed().size() + " fixed since it was written");
        for (ComplianceReport.Fixed x : report.fixed()) {
            log.info(" FIXED  " + x.entry().requirement() + "  " + x.path()
                    + (x.entry().subject().isEmpty() ? "" : "  " + x.entry().subject()));
        }
    }

    /** The exception message: the headline, each blocking finding with file:line and citation, the reports. */
    static String failure(String headline, List<TriagedFinding> blocking, String reports) {
        StringBuilder sb = new StringBuilder(headline);
        int n = 0;
        for (TriagedFinding t : blocking) {
            if (++n > MAX_IN_MESSAGE) {
                sb.append("\n  ... and ").append(blocking.size() - MAX_IN_MESSAGE).append(" more");
                break;
            }
            Finding f = t.finding();
            sb.append("\n  ").append(f.severity()).append(' ').append(f.requirementId()).append(' ')
                    .append(where(t));
            if (f.cite() != null && !f.cite().isEmpty()) {
                sb.append(" (").append(f.cite()).append(')');
            }
        }
        return sb.append("\nDetails above and in ").append(reports).toString();
    }

    static String line(TriagedFinding t) {
        Finding f = t.finding();
        StringBuilder sb = new StringBuilder(" ")
                .append(f.severity()).append("  ")
                .append(f.requirementId()).append("  ")
                .append(where(t)).append("  ")
                .append(f.message());
        if (f.cite() != null && !f.cite().isEmpty()) {
            sb.append(" (").append(f.cite()).append(")");
        }
        if (!f.remediation().isEmpty()) {
            sb.append(" Fix: ").append(f.remediation());
        }
        return sb.toString();
    }

    private static String where(TriagedFinding t) {
        return t.finding().location().line() > 0 ? t.path() + ":" + t.finding().location().line() : t.path();
    }

    static String reportList(Map<?, java.nio.file.Path> written, java.nio.file.Path basedir) {
        return String.join(", ", written.values().stream()
                .map(p -> basedir.toAbsolutePath().relativize(p.toAbsolutePath()).toString().replace('\\', '/')).toList());
    }

    private static String count(int n) {
        return n == 1 ? "1 finding" : n + " findings";
    }
}

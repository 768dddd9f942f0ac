package org.edcomply.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Severity;

/**
 * The one place that turns findings into build-log lines and the build verdict, so every finding
 * reads the same: severity, requirement, file:line, message, citation, fix.
 */
final class FindingLog {

    private final Log log;
    private final Path basedir;

    FindingLog(Log log, Path basedir) {
        this.log = log;
        this.basedir = basedir;
    }

    void report(AnalysisResult result, Severity failOn, String reportPath) throws MojoFailureException {
        List<Finding> blocking = result.findings().stream().filter(f -> f.severity().isAtLeast(failOn)).toList();
        List<Finding> others = result.findings().stream().filter(f -> !f.severity().isAtLeast(failOn)).toList();
        log.info("EdComply: " + result.filesScanned() + " files checked against " + result.requirementsApplied()
                + " requirements of " + String.join(", ", result.jurisdictions()) + "; report: " + reportPath);
        if (!others.isEmpty()) {
            log.warn("EdComply: " + count(others.size()) + " below " + failOn + " (not failing the build)");
            others.forEach(f -> log.warn(line(f)));
        }
        if (blocking.isEmpty()) {
            log.info("EdComply: no findings at or above " + failOn + " (failOn=" + failOn + ")");
            return;
        }
        log.error("EdComply: " + count(blocking.size()) + " at or above " + failOn + " (failOn=" + failOn + ")");
        blocking.forEach(f -> log.error(line(f)));
        throw new MojoFailureException("EdComply: " + count(blocking.size()) + " at or above " + failOn
                + "; details above and in " + reportPath);
    }

    static String line(Finding f) {
        StringBuilder sb = new StringBuilder(" ")
                .append(f.severity()).append("  ")
                .append(f.requirementId()).append("  ")
                .append(f.location().toShortString()).append("  ")
                .append(f.message());
        if (!f.cite().isEmpty()) {
            sb.append(" (").append(f.cite()).append(")");
        }
        if (!f.remediation().isEmpty()) {
            sb.append(" Fix: ").append(f.remediation());
        }
        return sb.toString();
    }

    private static String count(int n) {
        return n == 1 ? "1 finding" : n + " findings";
    }
}

package org.edcomply.core.triage;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.edcomply.core.model.Location;

/**
 * A reviewed decision to accept findings: from {@code @SuppressCompliance} in the code, or from an
 * entry of {@code edcomply-suppressions.yaml}.
 *
 * @param declaredAt   where the annotation or the file entry is written
 * @param requirements requirement ids it accepts; empty = any (only with a fingerprint)
 * @param path         file entries: a glob over the finding's path relative to the suppressions
 *                     file's folder ({@code pathPrefix} + the module-relative path), or null
 * @param fingerprint  file entries: the finding's fingerprint, or null
 * @param pathPrefix   the module's folder relative to the suppressions file's folder, {@code ""} when the same
 * @param file         code suppressions: the source file; null for file entries
 * @param fromLine     code suppressions: first line covered
 * @param toLine       code suppressions: last line covered
 * @param target       what it covers, for reports: a declaration or the entry's path/fingerprint
 * @param approver     who approved it (file entries), or empty
 * @param until        the last day it applies, or null for no expiry
 */
public record Suppression(Source source, Location declaredAt, List<String> requirements, String path,
                          String fingerprint, String pathPrefix, String file, int fromLine, int toLine,
                          String target, String reason, String approver, LocalDate until) {

    /** Where a suppression is written. */
    public enum Source {
        /** {@code @SuppressCompliance} in the source; SARIF calls it {@code inSource}. */
        CODE,
        /** {@code edcomply-suppressions.yaml}; SARIF calls it {@code external}. */
        FILE
    }

    public Suppression {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(declaredAt, "declaredAt");
        requirements = List.copyOf(requirements);
        pathPrefix = pathPrefix == null ? "" : pathPrefix;
        approver = approver == null ? "" : approver;
    }

    /** True from the day after {@code until}. */
    public boolean isExpiredOn(LocalDate today) {
        return until != null && today.isAfter(until);
    }

    /** Whether this suppression covers the finding, ignoring its expiry. */
    public boolean covers(TriagedFinding f) {
        if (!requirements.isEmpty() && !requirements.contains(f.finding().requirementId())) {
            return false;
        }
        if (source == Source.CODE) {
            int line = f.finding().location().line();
            return f.finding().location().file().equals(file) && line >= fromLine && line <= toLine;
        }
        if (fingerprint != null && !fingerprint.equals(f.fingerprint())) {
            return false;
        }
        return path == null || globMatches(path, pathPrefix.isEmpty() ? f.finding().location().file()
                : pathPrefix + "/" + f.finding().location().file());
    }

    static boolean globMatches(String glob, String path) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(Path.of(path)) || glob.equals(path);
    }

    /** One line for logs and reports: what, where, why, until when. */
    public String describe() {
        String what = requirements.isEmpty() ? "any requirement" : String.join(", ", requirements);
        return what + " on " + target + " (reason: " + reason + (approver.isEmpty() ? "" : "; approved by " + approver)
                + (until == null ? "" : "; until " + until) + ")";
    }
}

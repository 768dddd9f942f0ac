package org.edcomply.core.triage;

/**
 * One accepted finding in the baseline file. Only {@code fingerprint} is matched; the rest makes the
 * file reviewable in a pull request.
 */
public record BaselineEntry(String fingerprint, String requirement, String file, String subject) {

    public static BaselineEntry of(TriagedFinding f) {
        return new BaselineEntry(f.fingerprint(), f.finding().requirementId(), f.finding().location().file(),
                f.finding().subject());
    }
}

package org.edcomply.core.wcag;

/**
 * One WCAG 2.x success criterion: its number, name, conformance level and the versions that
 * contain it.
 *
 * @param sc    the number, e.g. {@code 1.1.1}
 * @param since the first WCAG version with it, e.g. {@code 2.0}
 * @param until the last WCAG version with it, or {@code null} while it is current (4.1.1 Parsing
 *              ends with 2.1: WCAG 2.2 made it obsolete)
 */
public record WcagCriterion(String sc, String name, WcagLevel level, WcagVersion since, WcagVersion until) {

    /** True if conformance to {@code target} requires this criterion. */
    public boolean isRequiredBy(WcagTarget target) {
        return level.compareTo(target.level()) <= 0
                && since.compareTo(target.version()) <= 0
                && (until == null || target.version().compareTo(until) <= 0);
    }

    /** {@code 1.1.1 Non-text Content (Level A)}. */
    public String describe() {
        return sc + " " + name + " (Level " + level + ")";
    }
}

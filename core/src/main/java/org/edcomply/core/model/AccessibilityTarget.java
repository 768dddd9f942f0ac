package org.edcomply.core.model;

import org.edcomply.core.wcag.WcagCriteria;
import org.edcomply.core.wcag.WcagCriterion;
import org.edcomply.core.wcag.WcagTarget;

/**
 * The WCAG conformance target the project commits to in its manifest ({@code accessibility.target}),
 * and where its accessibility conformance statement is ({@code accessibility.statement}).
 *
 * <p>Accessibility requirements name a success criterion ({@code sc}), the standard their law
 * incorporates ({@code standard}, e.g. {@code WCAG21AA}) and, where the law applies from a date,
 * {@code effectiveFrom}. {@link #covers} decides whether such a requirement is checked:
 * <ul>
 *   <li>without a declared target, the law's standard decides, from its compliance date on;</li>
 *   <li>a declared target replaces it, at once: a project that commits to WCAG 2.2 AA is checked
 *       against the 2.2 criteria too (and not against 4.1.1, which 2.2 made obsolete); a target
 *       below the law's standard is itself a finding ({@code accessibility-target-below-standard}).</li>
 * </ul>
 *
 * @param target    the declared target such as {@code WCAG22AA}, or {@code null} when not declared
 * @param statement the path or URL of the conformance statement, or {@code null}
 * @param location  where the target is written, or the manifest when it is not
 * @param statementLocation where the statement is written, or {@code location}
 * @param statementFound    the statement is a URL, or a path to a file that exists in the project
 */
public record AccessibilityTarget(Location location, String target, String statement, Location statementLocation,
                                  boolean statementFound) {

    public AccessibilityTarget {
        if (target != null) {
            WcagTarget.parse(target);
        }
    }

    /** No manifest, or a manifest without an accessibility section. */
    public static AccessibilityTarget undeclared(Location location) {
        return new AccessibilityTarget(location, null, null, location, false);
    }

    public boolean hasStatement() {
        return statement != null && !statement.isBlank();
    }

    public boolean isDeclared() {
        return target != null;
    }

    /**
     * True if the requirement's success criterion is checked for this project on {@code date}.
     *
     * @throws IllegalArgumentException if the requirement names an unknown criterion or standard
     */
    public boolean covers(Requirement requirement, AnalysisDate date) {
        WcagCriterion criterion = WcagCriteria.get(requirement.stringParam("sc"));
        if (isDeclared()) {
            return criterion.isRequiredBy(WcagTarget.parse(target));
        }
        return criterion.isRequiredBy(WcagTarget.parse(requirement.stringParam("standard")))
                && date.reached(effectiveFrom(requirement));
    }

    /** True if the declared target asks less than the law's {@code standard}. */
    public boolean isBelow(String standard) {
        return isDeclared() && WcagTarget.parse(target).isBelow(WcagTarget.parse(standard));
    }

    /** The requirement's compliance date, or {@code null} when it applies already. */
    public static String effectiveFrom(Requirement requirement) {
        return requirement.hasParam("effectiveFrom") ? requirement.stringParam("effectiveFrom") : null;
    }

    /** {@code 1.1.1 Non-text Content (Level A)} for the requirement's {@code sc}. */
    public static String criterion(Requirement requirement) {
        return WcagCriteria.get(requirement.stringParam("sc")).describe();
    }
}

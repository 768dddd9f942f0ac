package org.edcomply.core.wcag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conformance target such as {@code WCAG21AA}: what a law incorporates, or what a project
 * commits to in its manifest ({@code accessibility.target}).
 */
public record WcagTarget(WcagVersion version, WcagLevel level) implements Comparable<WcagTarget> {

    private static final Pattern FORM = Pattern.compile("WCAG2([012])(A{1,3})");

    /** The names {@link #parse} accepts, for messages and the manifest schema. */
    public static final String FORMAT = "WCAG20A, WCAG20AA, WCAG21A, WCAG21AA, WCAG22A, WCAG22AA (AAA also accepted)";

    /** {@code WCAG21AA} → version 2.1, level AA. */
    public static WcagTarget parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a WCAG target; expected one of " + FORMAT);
        }
        return new WcagTarget(WcagVersion.of("2." + m.group(1)), WcagLevel.valueOf(m.group(2)));
    }

    /** True if this target asks less than {@code other} in version or in level. */
    public boolean isBelow(WcagTarget other) {
        return version.compareTo(other.version) < 0 || level.compareTo(other.level) < 0;
    }

    @Override
    public int compareTo(WcagTarget o) {
        int v = version.compareTo(o.version);
        return v != 0 ? v : level.compareTo(o.level);
    }

    /** {@code WCAG21AA}, as written in manifests and jurisdiction files. */
    @Override
    public String toString() {
        return "WCAG" + version.number().replace(".", "") + level;
    }

    /** {@code WCAG 2.1 Level AA}, for messages. */
    public String describe() {
        return "WCAG " + version.number() + " Level " + level;
    }
}

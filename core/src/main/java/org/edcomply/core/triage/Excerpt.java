package org.edcomply.core.triage;

import java.util.List;

/**
 * A few source lines around a finding, as shown in reports. Values of keys that look like secrets
 * are masked before they get here.
 *
 * @param firstLine the 1-based number of {@code lines.get(0)}
 * @param line      the finding's line
 */
public record Excerpt(int firstLine, List<String> lines, int line) {

    public static final Excerpt NONE = new Excerpt(0, List.of(), 0);

    public Excerpt {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}

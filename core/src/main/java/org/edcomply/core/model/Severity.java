package org.edcomply.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How serious a finding is. Declared from most to least serious. */
public enum Severity {
    /** Prohibited or clearly unlawful. */
    BLOCKER,
    /** A mandatory obligation is missing. */
    HIGH,
    /** Required documentation or configuration is likely missing. */
    MEDIUM,
    /** Heuristic or best practice. */
    LOW,
    /** For information only, e.g. an obligation that becomes effective soon. */
    INFO;

    /** True if this severity is the same as or more serious than {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Parses a severity name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity s : values()) {
                if (s.name().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a severity; expected one of " + names());
    }

    /** The allowed names, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}

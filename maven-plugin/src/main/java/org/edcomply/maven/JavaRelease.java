package org.edcomply.maven;

import java.util.Properties;

/** The project's Java release from {@code maven.compiler.release}, else {@code source}; null if unknown. */
final class JavaRelease {

    private JavaRelease() {
    }

    static Integer of(Properties properties) {
        for (String key : new String[] {"maven.compiler.release", "maven.compiler.source"}) {
            Integer release = parse(properties.getProperty(key));
            if (release != null) {
                return release;
            }
        }
        return null;
    }

    /** {@code 17} → 17, {@code 1.8} → 8; anything else → null. */
    static Integer parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

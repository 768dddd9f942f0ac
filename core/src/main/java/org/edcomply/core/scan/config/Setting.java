package org.edcomply.core.scan.config;

import java.util.Locale;
import org.edcomply.core.model.Location;

/**
 * A key and its value as read from a configuration file, before secrets are masked. Stays inside
 * the scanners: only masked facts leave them.
 */
public record Setting(Location location, String key, String value) {

    /** The key in Spring's relaxed form: lower case, without {@code -} and {@code _}. */
    public String relaxedKey() {
        return relaxed(key);
    }

    public static String relaxed(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}

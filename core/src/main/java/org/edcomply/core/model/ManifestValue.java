package org.edcomply.core.model;

/**
 * One value of the manifest, flattened like configuration keys: {@code security.encryptionAtRest},
 * {@code processors[0].country}.
 */
public record ManifestValue(Location location, String key, String value) {

    /** True if this value is {@code path} itself or lies inside it ({@code breach} holds {@code breach.runbook}). */
    public boolean isWithin(String path) {
        return key.equals(path) || key.startsWith(path + ".") || key.startsWith(path + "[");
    }

    /** The top-level section, e.g. {@code security} for {@code security.encryptionAtRest}. */
    public String section() {
        return ManifestSection.of(key);
    }
}

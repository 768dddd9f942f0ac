package org.edcomply.core.model;

/**
 * A top-level section of the manifest, present or not, so that rules can point a "not declared"
 * finding at the section (or at the manifest when the section is missing).
 *
 * @param name e.g. {@code breach}, {@code retention}
 */
public record ManifestSection(Location location, String name, boolean present) {

    /** The top-level section of a dotted key: {@code security} for {@code security.encryptionAtRest}. */
    public static String of(String key) {
        int end = key.length();
        for (char c : new char[] {'.', '['}) {
            int i = key.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return key.substring(0, end);
    }
}

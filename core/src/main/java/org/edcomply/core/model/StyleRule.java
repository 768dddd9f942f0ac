package org.edcomply.core.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One rule of a {@code <style>} block in a template: its selector and declarations.
 *
 * @param selector     as written, whitespace collapsed, e.g. {@code a:focus, button:focus}
 * @param declarations property to value, both lower case, {@code !important} kept in the value
 */
public record StyleRule(Location location, String file, String selector, Map<String, String> declarations) {

    public StyleRule {
        declarations = Map.copyOf(declarations);
    }

    public String value(String property) {
        return declarations.getOrDefault(property, "");
    }

    public boolean declares(String property) {
        return declarations.containsKey(property);
    }

    /** {@code color: red; outline:none} → {color=red, outline=none}. */
    public static Map<String, String> parseDeclarations(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                out.put(part.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        part.substring(colon + 1).trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        return out;
    }
}

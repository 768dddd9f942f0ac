package org.edcomply.core.html;

import java.util.Map;
import java.util.Set;
import org.edcomply.core.model.MarkupElement;
import org.edcomply.core.model.StyleRule;

/**
 * CSS that hides where keyboard focus is: the outline removed on {@code :focus} with nothing else
 * (a box shadow, a border, a background) drawn instead.
 */
public final class FocusStyle {

    private static final Set<String> ALTERNATIVES = Set.of("box-shadow", "border", "border-color", "border-bottom",
            "border-top", "border-left", "border-right", "border-width", "border-style", "background",
            "background-color", "text-decoration", "text-decoration-line", "outline-offset");

    private FocusStyle() {
    }

    /** The rule applies on focus (not only on {@code :focus:not(:focus-visible)}) and removes the outline unreplaced. */
    public static boolean hidesFocus(StyleRule rule) {
        boolean onFocus = false;
        for (String selector : rule.selector().split(",")) {
            String s = selector.replace(" ", "");
            if (s.contains(":focus") && !s.contains(":not(:focus-visible)") && !s.contains(":focus-within")
                    && !s.contains(":focus-visible")) {
                onFocus = true;
            }
        }
        return onFocus && removesOutline(rule.declarations()) && !hasAlternative(rule.declarations());
    }

    /** A focusable element whose inline style removes the outline, in every state including focus. */
    public static boolean hidesFocus(MarkupElement e) {
        return e.isFocusable() && removesOutline(StyleRule.parseDeclarations(e.attributes().getOrDefault("style", "")))
                && !hasAlternative(StyleRule.parseDeclarations(e.attributes().getOrDefault("style", "")));
    }

    /** The declaration that removes the outline, as written, e.g. {@code outline: none}. */
    public static String removal(Map<String, String> declarations) {
        for (String property : new String[] {"outline", "outline-style", "outline-width", "outline-color"}) {
            String v = declarations.get(property);
            if (v != null && removes(property, v)) {
                return property + ": " + v;
            }
        }
        return "";
    }

    public static String removal(StyleRule rule) {
        return removal(rule.declarations());
    }

    public static String removal(MarkupElement e) {
        return removal(StyleRule.parseDeclarations(e.attributes().getOrDefault("style", "")));
    }

    private static boolean removesOutline(Map<String, String> declarations) {
        return !removal(declarations).isEmpty();
    }

    private static boolean removes(String property, String value) {
        String v = value.replace("!important", "").trim();
        return switch (property) {
            case "outline" -> v.equals("none") || v.equals("0") || v.startsWith("0 ") || v.startsWith("0px")
                    || v.contains(" none") || v.startsWith("none ");
            case "outline-style" -> v.equals("none") || v.equals("hidden");
            case "outline-width" -> v.equals("0") || v.equals("0px");
            default -> v.equals("transparent");
        };
    }

    private static boolean hasAlternative(Map<String, String> declarations) {
        for (String property : ALTERNATIVES) {
            String v = declarations.get(property);
            if (v != null && !v.startsWith("none") && !v.equals("0") && !v.equals("transparent")) {
                return true;
            }
        }
        return false;
    }
}

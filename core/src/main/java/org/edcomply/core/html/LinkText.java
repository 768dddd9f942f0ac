package org.edcomply.core.html;

import java.util.List;
import java.util.Locale;

/** Link texts that say nothing about where the link goes. */
public final class LinkText {

    private LinkText() {
    }

    /** True if the text, without case and punctuation, is one of the phrases. */
    public static boolean isGeneric(String text, List<String> phrases) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return false;
        }
        for (String phrase : phrases) {
            if (t.equals(normalise(phrase))) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\u00bb\u00ab\u2026\u2192]+", " ")
                .replaceAll("\\s+", " ").trim();
    }
}

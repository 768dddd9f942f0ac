package org.edcomply.core.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Link texts that say nothing about where the link goes. */
public final class LinkText {

    private LinkText() {
    }

    /** True if the text, without case and punctuation, is one of the phrases. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\u00bb\u00ab\u2026\u2192\\s]+");
    private static final Map<List<String>, Set<String>> NORMALISED = new ConcurrentHashMap<>();

    public static boolean isGeneric(String text, List<String> phrases) {
        String t = normalise(text);
        return !t.isEmpty() && NORMALISED.computeIfAbsent(phrases,
                list -> list.stream().map(LinkText::normalise).collect(Collectors.toUnmodifiableSet())).contains(t);
    }

    private static String normalise(String s) {
        return s == null ? "" : PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}

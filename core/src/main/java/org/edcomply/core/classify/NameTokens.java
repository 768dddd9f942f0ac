package org.edcomply.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an identifier into normalised word tokens: {@code guardianEmailAddress},
 * {@code guardian_email_address} and {@code GUARDIAN_EMAIL_ADDRESSES} all give
 * {@code [guardian, email, address]}. Acronyms and digits are words of their own
 * ({@code section504Plan} gives {@code [section, 504, plan]}); plurals are made singular so that
 * patterns need not list both forms.
 */
public final class NameTokens {

    private NameTokens() {
    }

    public static List<String> of(String identifier) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char[] chars = identifier.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(word, tokens);
                continue;
            }
            if (word.length() > 0) {
                char prev = chars[i - 1];
                boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
                boolean digitEdge = Character.isDigit(prev) != Character.isDigit(c);
                boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c)
                        && i + 1 < chars.length && Character.isLowerCase(chars[i + 1]);
                if (lowerToUpper || digitEdge || acronymEnd) {
                    flush(word, tokens);
                }
            }
            word.append(c);
        }
        flush(word, tokens);
        return tokens;
    }

    /** The words of a pattern written with spaces, normalised like identifiers. */
    public static List<String> ofPattern(String pattern) {
        List<String> tokens = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                tokens.add(normalise(part));
            }
        }
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(normalise(word.toString()));
            word.setLength(0);
        }
    }

    /** Lower case and singular: {@code Allergies} → {@code allergy}, {@code Notes} → {@code note}. */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}

package org.edcomply.core.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints for misspelt keys, check types and ids. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code typed}, if it is close enough to be a plausible typo; on a
     * tie, the one that shares the longer beginning with it (typos tend to come late in a word:
     * {@code us-copa} is {@code us-coppa}, not {@code us-cipa}), then the one that comes first in
     * {@code candidates}.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        java.util.List<String> ordered = java.util.List.copyOf(candidates);
        return ordered.stream()
                .filter(c -> distance(t, c.toLowerCase(Locale.ROOT)) <= Math.max(2, c.length() / 4)
                        || c.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")
                                .equals(t.replace("-", "").replace("_", "")))
                .min(Comparator.<String>comparingInt(c -> distance(t, c.toLowerCase(Locale.ROOT)))
                        .thenComparingInt(c -> -commonPrefix(t, c.toLowerCase(Locale.ROOT)))
                        .thenComparingInt(ordered::indexOf));
    }

    /** {@code "; did you mean 'x'?"} or, when nothing is close, {@code "."}. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse(".");
    }

    static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}

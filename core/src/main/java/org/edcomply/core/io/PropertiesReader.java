package org.edcomply.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .properties} reader that keeps the line of every key, which {@link java.util.Properties}
 * and Jackson's properties module both lose. Follows the {@code Properties.load} grammar: {@code #}
 * and {@code !} comments, {@code =}, {@code :} or whitespace separators, backslash continuations
 * (the entry keeps its first line) and {@code \\uXXXX} escapes. Spring's {@code #---} document
 * separators are reported as their own entries so profiles can be split.
 */
public final class PropertiesReader {

    /** One key/value, or a document separator ({@code key == null}). */
    public record Entry(String key, String value, int line, int column) {
        public boolean isSeparator() {
            return key == null;
        }
    }

    private PropertiesReader() {
    }

    public static List<Entry> read(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            int first = i;
            String line = lines[i++];
            String trimmed = stripLeading(line);
            if (trimmed.equals("#---") || trimmed.equals("!---")) {
                entries.add(new Entry(null, null, first + 1, 1));
                continue;
            }
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#' || trimmed.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(trimmed);
            while (endsWithContinuation(logical) && i < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines[i++]));
            }
            if (endsWithContinuation(logical)) {
                logical.setLength(logical.length() - 1);
            }
            int column = line.length() - trimmed.length() + 1;
            entries.add(entry(logical.toString(), first + 1, column));
        }
        return entries;
    }

    private static Entry entry(String logical, int line, int column) {
        int n = logical.length();
        int keyEnd = 0;
        boolean escaped = false;
        for (; keyEnd < n; keyEnd++) {
            char c = logical.charAt(keyEnd);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
        }
        int valueStart = keyEnd;
        while (valueStart < n && Character.isWhitespace(logical.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < n && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart++;
            while (valueStart < n && Character.isWhitespace(logical.charAt(valueStart))) {
                valueStart++;
            }
        }
        return new Entry(unescape(logical.substring(0, keyEnd)), unescape(logical.substring(valueStart)), line, column);
    }

    private static boolean endsWithContinuation(CharSequence s) {
        int backslashes = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < s.length() + 0 && isHex(s, i + 1)) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from) {
        if (from + 4 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}

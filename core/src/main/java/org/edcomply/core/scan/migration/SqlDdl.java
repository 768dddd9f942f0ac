package org.edcomply.core.scan.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.LineIndex;
import org.edcomply.core.model.Location;

/**
 * Finds the columns that SQL migrations create: {@code CREATE TABLE t (col type, ...)},
 * {@code ALTER TABLE t ADD [COLUMN] col type}, {@code RENAME COLUMN a TO b} and MySQL's
 * {@code CHANGE [COLUMN] a b type}. Tolerant by design: it tokenises (comments, strings, quoted
 * identifiers and dollar-quoted bodies are understood) and reads only these statements, so vendor
 * syntax elsewhere in a migration never makes the file unreadable. A string or comment that never
 * ends does: the migration cannot run either.
 */
public final class SqlDdl {

    /** A column a migration creates. */
    public record Column(Location location, String table, String name, String type) {
    }

    /** Where the text sits in its file. */
    private record Origin(Location base, int indent) {
    }

    private enum Kind { WORD, QUOTED, STRING, SYMBOL }

    private record Token(Kind kind, String text, int offset) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String s) {
            return kind == Kind.SYMBOL && text.equals(s);
        }

        boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private static final Set<String> TABLE_MODIFIERS = Set.of("OR", "REPLACE", "GLOBAL", "LOCAL", "TEMPORARY", "TEMP",
            "UNLOGGED", "TRANSIENT", "VOLATILE");
    private static final Set<String> TABLE_ELEMENT_KEYWORDS = Set.of("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE",
            "CHECK", "INDEX", "KEY", "EXCLUDE", "LIKE", "PERIOD", "FULLTEXT", "SPATIAL");

    private SqlDdl() {
    }

    /**
     * @param base where the text starts in its file (an SQL block inside a changelog), or line 1 column 1
     * @throws InputException for a string, quoted identifier or comment that is never closed
     */
    public static List<Column> columns(String sql, Location base) {
        return columns(sql, base, 0);
    }

    /**
     * @param indent columns to add on every line after the first, for text whose indentation the
     *               container removed (a YAML block scalar)
     */
    public static List<Column> columns(String sql, Location base, int indent) {
        LineIndex lines = new LineIndex(sql, base.file());
        Origin origin = new Origin(base, indent);
        List<Token> tokens = tokenise(sql, lines, origin);
        List<Column> columns = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).isSymbol(";")) {
                statement(tokens.subList(start, i), lines, origin, columns);
                start = i + 1;
            }
        }
        return columns;
    }

    private static void statement(List<Token> t, LineIndex lines, Origin base, List<Column> out) {
        if (t.size() < 3) {
            return;
        }
        if (t.get(0).is("CREATE")) {
            int i = 1;
            while (i < t.size() && !t.get(i).is("TABLE")) {
                if (!TABLE_MODIFIERS.contains(t.get(i).text().toUpperCase(Locale.ROOT))) {
                    return;
                }
                i++;
            }
            i++;
            i = skipIfNotExists(t, i);
            int[] next = new int[1];
            String table = qualifiedName(t, i, next);
            i = next[0];
            if (table == null || i >= t.size() || !t.get(i).isSymbol("(")) {
                return;
            }
            for (List<Token> element : split(t, i + 1)) {
                if (!element.isEmpty() && element.get(0).isIdentifier()
                        && !(element.get(0).kind() == Kind.WORD
                        && TABLE_ELEMENT_KEYWORDS.contains(element.get(0).text().toUpperCase(Locale.ROOT)))) {
                    out.add(column(table, element, 0, lines, base));
                }
            }
        } else if (t.get(0).is("ALTER") && t.get(1).is("TABLE")) {
            int i = 2;
            if (i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) {
                i += 2;
            }
            if (i < t.size() && t.get(i).is("ONLY")) {
                i++;
            }
            int[] next = new int[1];
            String table = qualifiedName(t, i, next);
            if (table == null) {
                return;
            }
            for (List<Token> action : split(t, next[0], true)) {
                alterAction(table, action, lines, base, out);
            }
        }
    }

    private static void alterAction(String table, List<Token> a, LineIndex lines, Origin base, List<Column> out) {
        if (a.isEmpty()) {
            return;
        }
        if (a.get(0).is("ADD")) {
            int i = 1;
            if (i < a.size() && a.get(i).is("COLUMN")) {
                i++;
            }
            i = skipIfNotExists(a, i);
            if (i < a.size() && a.get(i).isSymbol("(")) {
                // Oracle: ADD (col type, col type)
                for (List<Token> element : split(a, i + 1)) {
                    if (!element.isEmpty() && element.get(0).isIdentifier()) {
                        out.add(column(table, element, 0, lines, base));
                    }
                }
            } else if (i < a.size() && a.get(i).isIdentifier() && !(a.get(i).kind() == Kind.WORD
                    && TABLE_ELEMENT_KEYWORDS.contains(a.get(i).text().toUpperCase(Locale.ROOT)))) {
                out.add(column(table, a, i, lines, base));
            }
        } else if (a.get(0).is("RENAME") && a.size() >= 4 && a.get(1).is("COLUMN")) {
            int to = indexOf(a, "TO");
            if (to > 0 && to + 1 < a.size()) {
                out.add(column(table, a, to + 1, lines, base, ""));
            }
        } else if (a.get(0).is("CHANGE")) {
            int i = a.size() > 1 && a.get(1).is("COLUMN") ? 2 : 1;
            if (i + 1 < a.size()) {
                out.add(column(table, a, i + 1, lines, base));
            }
        }
    }

    private static Column column(String table, List<Token> tokens, int at, LineIndex lines, Origin base) {
        Token type = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        return column(table, tokens, at, lines, base, type == null || !type.isIdentifier() ? "" : typeText(tokens, at + 1));
    }

    private static Column column(String table, List<Token> tokens, int at, LineIndex lines, Origin base, String type) {
        Token name = tokens.get(at);
        return new Column(position(lines, base, name.offset()), table, name.text(), type);
    }

    /** {@code varchar(255)}, {@code numeric(5, 2)}: the type word and its parenthesised arguments. */
    private static String typeText(List<Token> t, int i) {
        StringBuilder sb = new StringBuilder(t.get(i).text());
        if (i + 1 < t.size() && t.get(i + 1).isSymbol("(")) {
            int depth = 0;
            for (int j = i + 1; j < t.size(); j++) {
                Token k = t.get(j);
                sb.append(k.text());
                depth += k.isSymbol("(") ? 1 : k.isSymbol(")") ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
        }
        return sb.toString();
    }

    private static int skipIfNotExists(List<Token> t, int i) {
        if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT") && t.get(i + 2).is("EXISTS")) {
            return i + 3;
        }
        return i;
    }

    /** {@code schema.table} → {@code table}; {@code next[0]} is set to the index after the name. */
    private static String qualifiedName(List<Token> t, int i, int[] next) {
        if (i >= t.size() || !t.get(i).isIdentifier()) {
            return null;
        }
        String name = t.get(i).text();
        i++;
        while (i + 1 < t.size() && t.get(i).isSymbol(".") && t.get(i + 1).isIdentifier()) {
            name = t.get(i + 1).text();
            i += 2;
        }
        next[0] = i;
        return name;
    }

    private static int indexOf(List<Token> t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The comma-separated elements inside the parentheses that open before {@code from}. */
    private static List<List<Token>> split(List<Token> t, int from) {
        return split(t, from, false);
    }

    /**
     * @param topLevel split at depth 0 until the end (ALTER TABLE actions) instead of inside one
     *                 parenthesised list
     */
    private static List<List<Token>> split(List<Token> t, int from, boolean topLevel) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isSymbol("(")) {
                depth++;
            } else if (k.isSymbol(")")) {
                if (depth == 0 && !topLevel) {
                    break;
                }
                depth--;
            } else if (k.isSymbol(",") && depth == 0) {
                parts.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(k);
        }
        parts.add(current);
        return parts;
    }

    private static List<Token> tokenise(String s, LineIndex lines, Origin base) {
        List<Token> tokens = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    throw unterminated("comment", lines, base, i);
                }
                i = end + 2;
            } else if (c == '\'') {
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw unterminated("string", lines, base, i);
                    }
                    if (s.charAt(j) == '\'') {
                        if (j + 1 < n && s.charAt(j + 1) == '\'') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                tokens.add(new Token(Kind.STRING, s.substring(i + 1, j), i));
                i = j + 1;
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = s.indexOf(close, i + 1);
                if (end < 0) {
                    throw unterminated("quoted identifier", lines, base, i);
                }
                tokens.add(new Token(Kind.QUOTED, s.substring(i + 1, end), i));
                i = end + 1;
            } else if (c == '$' && dollarTag(s, i) != null) {
                String tag = dollarTag(s, i);
                int end = s.indexOf(tag, i + tag.length());
                if (end < 0) {
                    throw unterminated("dollar-quoted body", lines, base, i);
                }
                tokens.add(new Token(Kind.STRING, "", i));
                i = end + tag.length();
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$')) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(i, j), i));
                i = j;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                i++;
            }
        }
        return tokens;
    }

    /** {@code $$} or {@code $tag$} at {@code i}, or null. */
    private static String dollarTag(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '$' ? s.substring(i, j + 1) : null;
    }

    private static InputException unterminated(String what, LineIndex lines, Origin base, int offset) {
        return new InputException(position(lines, base, offset), "a " + what + " starts here and is never closed");
    }

    /** A position in the text moved to where the text sits in its file. */
    private static Location position(LineIndex lines, Origin origin, int offset) {
        Location local = lines.at(offset);
        Location base = origin.base();
        int line = base.line() + local.line() - 1;
        int column = local.line() == 1 ? base.column() + local.column() - 1 : origin.indent() + local.column();
        return new Location(base.file(), line, column);
    }
}

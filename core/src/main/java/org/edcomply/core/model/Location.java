package org.edcomply.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a fact or finding comes from: a file relative to the project root (always with {@code /}
 * separators), a 1-based line and a 1-based column. Line or column 0 means "the whole file" or
 * "unknown column".
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file");
        file = file.replace('\\', '/');
    }

    /** The file as a whole, for facts that have no better position. */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column);
    }

    /** {@code file:line:column}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** {@code file:line}, the form used in build logs. */
    public String toShortString() {
        return line <= 0 ? file : file + ":" + line;
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }
}

package org.edcomply.core.io;

import java.util.Arrays;
import org.edcomply.core.model.Location;

/** Turns character offsets of a text into 1-based lines and columns. */
public final class LineIndex {

    private final String file;
    private final int[] lineStarts;

    public LineIndex(String text, String file) {
        this.file = file;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** The offset (0-based) of a 1-based line and column; clamped to the text. */
    public int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        int start = lineStarts[Math.min(line, lineStarts.length) - 1];
        return start + Math.max(column, 1) - 1;
    }

    /** The position of the character at {@code offset} (0-based). */
    public Location at(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Location(file, line + 1, offset - lineStarts[line] + 1);
    }
}

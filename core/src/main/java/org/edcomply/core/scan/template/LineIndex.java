package org.edcomply.core.scan.template;

import java.util.Arrays;
import org.edcomply.core.model.Location;

/** Turns character offsets of a file into 1-based line and column. */
final class LineIndex {

    private final int[] lineStarts;
    private final String file;

    LineIndex(String text, String file) {
        this.file = file;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    Location at(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        int line = i >= 0 ? i : -i - 2;
        return new Location(file, line + 1, offset - lineStarts[line] + 1);
    }
}

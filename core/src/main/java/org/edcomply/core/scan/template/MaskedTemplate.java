package org.edcomply.core.scan.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template with its directives blanked out, offset for offset, so that an HTML parser sees the
 * markup they wrap and every position still points into the original file. Directives that write
 * output become a {@code ${…}} placeholder of the same length (content is present, value unknown);
 * the others become spaces. What the directives said that matters is kept beside the text.
 */
final class MaskedTemplate {

    /** A syntax problem at an offset of the original file. */
    record Problem(int offset, String message) {
    }

    final StringBuilder text;
    final List<Reference> references = new ArrayList<>();
    /** Offsets [start, end) of regions rendered only under a condition or in a loop. */
    final List<int[]> conditionalRegions = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** JSP tag-file prefixes: prefix to tag directory, from {@code <%@ taglib tagdir=...%>}. */
    final Map<String, String> tagDirectories = new LinkedHashMap<>();

    MaskedTemplate(String original) {
        this.text = new StringBuilder(original);
    }

    /** Replaces [start, end) by spaces, keeping line breaks. */
    void blank(int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                text.setCharAt(i, ' ');
            }
        }
    }

    /** Replaces [start, end) by {@code ${xx…}}: output whose value is unknown. */
    void output(int start, int end) {
        if (end - start < 3) {
            blank(start, end);
            return;
        }
        blank(start, end);
        text.setCharAt(start, '$');
        text.setCharAt(start + 1, '{');
        for (int i = start + 2; i < end - 1; i++) {
            if (text.charAt(i) == ' ') {
                text.setCharAt(i, 'x');
            }
        }
        text.setCharAt(end - 1, '}');
    }

    boolean isConditional(int offset) {
        for (int[] r : conditionalRegions) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

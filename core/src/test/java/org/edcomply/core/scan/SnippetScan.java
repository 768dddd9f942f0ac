package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.PersonalDataElement;

/**
 * Error Prone-style snippet tests: a {@code // EXPECT: text} comment says that the next line
 * produces a fact described by {@code text} (several markers in a row describe the same line);
 * lines without a marker must produce nothing.
 */
final class SnippetScan {

    private static final String MARKER = "// EXPECT: ";

    private SnippetScan() {
    }

    static void assertFacts(Path dir, String fileName, String source, Function<Path, List<Object>> scanner) {
        assertFacts(dir, fileName, source, scanner, fact -> true);
    }

    /** As above, for the facts {@code which} accepts only; others are not compared. */
    static void assertFacts(Path dir, String fileName, String source, Function<Path, List<Object>> scanner,
                            java.util.function.Predicate<Object> which) {
        Path file = dir.resolve(fileName);
        try {
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> expected = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(MARKER);
            if (at >= 0) {
                int target = i + 1; // markers on consecutive lines all describe the next other line
                while (target < lines.length && lines[target].contains(MARKER)) {
                    target++;
                }
                expected.add((target + 1) + ": " + lines[i].substring(at + MARKER.length()).trim());
            }
        }
        List<String> actual = new ArrayList<>();
        for (Object fact : scanner.apply(file)) {
            if (which.test(fact)) {
                actual.add(describe(fact));
            }
        }
        actual.sort(null);
        expected.sort(null);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /**
     * {@code 21: Learner.faceTemplate BIOMETRIC CHILD basis=none}, {@code 5: UNPARSABLE}, or for a
     * data flow {@code 30: LOG Learner.firstName} (with the service id for third-party calls).
     */
    static String describe(Object fact) {
        if (fact instanceof PersonalDataElement p) {
            return p.location().line() + ": " + p.qualifiedName() + " " + p.category() + " " + p.subject()
                    + " basis=" + (p.legalBasis() == null ? "none" : p.legalBasis());
        }
        if (fact instanceof org.edcomply.core.model.PersonalDataFlow f) {
            return f.location().line() + ": " + f.sinkKind() + " " + f.element()
                    + (f.service().isEmpty() ? "" : " " + f.service());
        }
        if (fact instanceof AnalysisProblem p) {
            return p.location().line() + ": " + p.kind();
        }
        return fact.toString();
    }
}

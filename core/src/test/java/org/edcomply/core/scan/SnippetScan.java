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
 * produces a fact described by {@code text}; lines without a marker must produce nothing.
 */
final class SnippetScan {

    private static final String MARKER = "// EXPECT: ";

    private SnippetScan() {
    }

    static void assertFacts(Path dir, String fileName, String source, Function<Path, List<Object>> scanner) {
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
                expected.add((i + 2) + ": " + lines[i].substring(at + MARKER.length()).trim());
            }
        }
        List<String> actual = new ArrayList<>();
        for (Object fact : scanner.apply(file)) {
            actual.add(describe(fact));
        }
        actual.sort(null);
        expected.sort(null);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /** {@code 21: Learner.faceTemplate BIOMETRIC CHILD basis=none} or {@code 5: UNPARSABLE}. */
    static String describe(Object fact) {
        if (fact instanceof PersonalDataElement p) {
            return p.location().line() + ": " + p.qualifiedName() + " " + p.category() + " " + p.subject()
                    + " basis=" + (p.legalBasis() == null ? "none" : p.legalBasis());
        }
        if (fact instanceof AnalysisProblem p) {
            return p.location().line() + ": " + p.kind();
        }
        return fact.toString();
    }
}

package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.CodeSuppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @SuppressCompliance} as the Java scanner reads it: ids, reason, until and the lines it covers. */
class SuppressionExtractorTest {

    @TempDir
    Path dir;

    private List<String> scan(String source) throws IOException {
        Path file = dir.resolve("Learner.java");
        Files.writeString(file, source);
        return new JavaSourceScanner(17).scan(file, "Learner.java").stream()
                .filter(f -> f instanceof CodeSuppression || f instanceof AnalysisProblem)
                .map(f -> f instanceof CodeSuppression s
                        ? s.location().line() + ": " + s.requirements() + " on " + s.target() + " lines " + s.fromLine()
                          + "-" + s.toLine() + " reason=" + s.reason() + " until=" + s.until()
                        : ((AnalysisProblem) f).location().line() + ": " + ((AnalysisProblem) f).kind())
                .toList();
    }

    @Test
    void fieldMethodAndClassSuppressionsCoverTheirDeclaration() throws IOException {
        assertEquals(List.of(
                "3: [COPPA-PARENTAL-CONSENT] on Learner lines 3-15 reason=School authorisation on file until=",
                "6: [GDPR-9-SPECIAL-CATEGORY] on Learner.faceTemplate lines 6-8 reason=On-device only; DPIA-7 until=2026-12-31",
                "10: [A, B] on Learner.enrol(..) lines 10-14 reason=Legacy until="),
                scan("""
                        import org.edcomply.annotations.SuppressCompliance;

                        @SuppressCompliance(value = "COPPA-PARENTAL-CONSENT", reason = "School authorisation on file")
                        public class Learner {

                            @SuppressCompliance(value = "GDPR-9-SPECIAL-CATEGORY", reason = "On-device only; " + "DPIA-7",
                                    until = "2026-12-31")
                            private byte[] faceTemplate;

                            @SuppressCompliance(value = {"A", "B"}, reason = "Legacy")
                            void enrol() {
                                int a = 1;
                                a++;
                            }
                        }
                        """));
    }

    @Test
    void aSameNamedAnnotationOfAnotherLibraryIsNotOurs() throws IOException {
        assertEquals(List.of(), scan("""
                import com.example.SuppressCompliance;

                public class Learner {
                    @SuppressCompliance(value = "X", reason = "not ours")
                    private String name;
                }
                """));
    }

    @Test
    void aReasonThatIsNotAConstantCannotBeEvaluated() throws IOException {
        assertEquals(List.of("4: INVALID_SUPPRESSION"), scan("""
                import org.edcomply.annotations.*;

                public class Learner {
                    @SuppressCompliance(value = "X", reason = Reasons.LEGACY)
                    private String name;
                }
                """));
    }
}

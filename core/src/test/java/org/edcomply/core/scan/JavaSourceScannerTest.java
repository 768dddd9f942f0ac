package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.model.AnalysisProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSourceScannerTest {

    @TempDir
    Path dir;

    private final JavaSourceScanner scanner = new JavaSourceScanner(21);

    private void check(String source) {
        SnippetScan.assertFacts(dir, "Snippet.java", source, f -> scanner.scan(f, "Snippet.java"));
    }

    @Test
    void annotatedFieldsBecomeFactsAtTheirName() {
        check("""
                package edu.quiz;

                import org.edcomply.annotations.DataCategory;
                import org.edcomply.annotations.DataSubject;
                import org.edcomply.annotations.LegalBasis;
                import org.edcomply.annotations.PersonalData;

                public class Learner {
                    @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
                    // EXPECT: Learner.faceTemplate BIOMETRIC CHILD basis=none
                    private byte[] faceTemplate;

                    @PersonalData(category = DataCategory.HEALTH)
                    @LegalBasis(LegalBasis.Basis.EXPLICIT_CONSENT)
                    // EXPECT: Learner.allergies HEALTH STUDENT basis=EXPLICIT_CONSENT
                    private String allergies;

                    private String notPersonal;
                    private static final String CONSTANT = "x";
                }
                """);
    }

    @Test
    void classLevelAnnotationCoversEveryInstanceField() {
        check("""
                import org.edcomply.annotations.*;

                @PersonalData(category = DataCategory.GRADES, subject = DataSubject.STUDENT)
                public class Mark {
                    private static final int MAX = 100;
                    // EXPECT: Mark.course GRADES STUDENT basis=none
                    private String course;
                    @PersonalData(category = DataCategory.TEACHER_NOTES)
                    // EXPECT: Mark.comment TEACHER_NOTES STUDENT basis=none
                    private String comment;
                }
                """);
    }

    @Test
    void recordComponentsGettersAndStaticImports() {
        check("""
                import static org.edcomply.annotations.DataCategory.EMAIL;
                import org.edcomply.annotations.DataCategory;
                import org.edcomply.annotations.PersonalData;

                public record Guardian(
                        @PersonalData(category = EMAIL)
                        // EXPECT: Guardian.email EMAIL STUDENT basis=none
                        String email,
                        // EXPECT: Guardian.relationship GUARDIAN_RELATIONSHIP PARENT_GUARDIAN basis=none
                        String relationship) {

                    @PersonalData(category = DataCategory.PHONE)
                    // EXPECT: Guardian.phone PHONE STUDENT basis=none
                    public String getPhone() { return ""; }
                }
                """);
    }

    @Test
    void anotherLibrarysPersonalDataIsNotOurs() {
        check("""
                import com.example.privacy.PersonalData;

                public class Lookalike {
                    @PersonalData(category = DataCategory.BIOMETRIC)
                    private byte[] iris;
                    @org.edcomply.annotations.PersonalData(category = org.edcomply.annotations.DataCategory.NAME)
                    // EXPECT: Lookalike.name NAME STUDENT basis=none
                    private String name;
                }
                """);
    }

    @Test
    void syntaxErrorIsAProblemAtTheOffendingTokenAndRecoveredFactsAreKept() {
        check("""
                import org.edcomply.annotations.*;

                public class Half {
                    @PersonalData(category = DataCategory.NAME)
                    // EXPECT: Half.name NAME STUDENT basis=none
                    private String name;

                    void m() {
                        // EXPECT: UNPARSABLE
                        int x = ;
                    }
                }
                """);
    }

    @Test
    void garbageAtClassLevelLosesTheFileButIsReported() {
        check("""
                public class Broken {
                    private String name;
                    // EXPECT: UNPARSABLE
                    this is not java;
                }
                """);
    }

    @Test
    void java21SyntaxParsesAtItsLevel() {
        check("""
                sealed interface Shape permits Circle, Square {}
                record Circle(double r) implements Shape {}
                record Square(double s) implements Shape {}
                class Use {
                    String describe(Object o) {
                        return switch (o) {
                            case Circle c when c.r() > 1 -> "big circle";
                            case Square(double s) -> "square " + s;
                            default -> \"""
                                other
                                \""";
                        };
                    }
                }
                """);
    }

    @Test
    void unreadableFileIsAProblemNotACrash() throws Exception {
        Path file = dir.resolve("Latin1.java");
        java.nio.file.Files.write(file, new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xE9, '{', '}'});
        List<Object> facts = scanner.scan(file, "Latin1.java");
        assertEquals(1, facts.size());
        AnalysisProblem p = (AnalysisProblem) facts.get(0);
        assertTrue(p.detail().contains("expected UTF-8 text"), p.detail());
    }

    @Test
    void languageLevelFollowsTheRelease() {
        assertEquals(LanguageLevel.JAVA_8, JavaSourceScanner.languageLevel(8));
        assertEquals(LanguageLevel.JAVA_17, JavaSourceScanner.languageLevel(17));
        assertEquals(JavaSourceScanner.NEWEST, JavaSourceScanner.languageLevel(null));
        assertEquals(JavaSourceScanner.NEWEST, JavaSourceScanner.languageLevel(99));
    }
}

package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.edcomply.core.model.AiSystemDeclaration;
import org.edcomply.core.model.AutomatedDecisionDeclaration;
import org.edcomply.core.model.DataSubjectRightHandler;
import org.edcomply.core.model.PersonalDataElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every annotation of the library becomes part of a fact, on fields, components, getters and classes. */
class DeclarationsTest {

    @TempDir
    Path dir;

    private List<Object> scan(String source) throws Exception {
        Path file = dir.resolve("Snippet.java");
        Files.writeString(file, source);
        return new JavaSourceScanner(21).scan(file, "Snippet.java");
    }

    private static String elements(List<Object> facts) {
        return facts.stream().filter(PersonalDataElement.class::isInstance).map(PersonalDataElement.class::cast)
                .map(e -> e.qualifiedName() + " " + e.category() + " " + e.origin() + " decl=" + e.declarations()
                        .stream().sorted().toList() + " purposes=" + e.purposes().stream().sorted().toList()
                        + " protections=" + e.protections().stream().sorted().toList() + " retention=" + e.retention())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void dataDeclarationsAreFoldedIntoTheElements() throws Exception {
        List<Object> facts = scan("""
                import org.edcomply.annotations.*;

                @StudentRecord
                @Purpose(Purpose.Use.EDUCATION)
                record ReportCard(
                        @PersonalData(category = DataCategory.GRADES) @Retention("P5Y") String finalGrade,
                        @Encrypted @Pseudonymized String studentNumber,
                        @DirectoryInformation String homeroom,
                        String term) {
                }

                class Recording {
                    @PersonalData(category = DataCategory.VOICE_RECORDING, subject = DataSubject.CHILD)
                    @ConsentRequired({ConsentRequired.Kind.PARENTAL, ConsentRequired.Kind.PARENTAL_THIRD_PARTY})
                    @ThirdPartyDisclosure(recipient = "Speech scoring vendor", purpose = Purpose.Use.EDUCATION)
                    private String uri;
                }
                """);
        assertEquals("""
                ReportCard.finalGrade GRADES ANNOTATION decl=[STUDENT_RECORD] purposes=[EDUCATION] protections=[] retention=P5Y
                ReportCard.studentNumber STUDENT_ID HEURISTIC decl=[STUDENT_RECORD] purposes=[EDUCATION] protections=[ENCRYPTED, PSEUDONYMIZED] retention=null
                ReportCard.homeroom ENROLLMENT HEURISTIC decl=[DIRECTORY_INFORMATION, STUDENT_RECORD] purposes=[EDUCATION] protections=[] retention=null
                Recording.uri VOICE_RECORDING ANNOTATION decl=[CONSENT_PARENTAL, CONSENT_PARENTAL_THIRD_PARTY, THIRD_PARTY_DISCLOSURE] purposes=[EDUCATION] protections=[] retention=null""",
                elements(facts));
    }

    @Test
    void aFieldMarkedAsEducationRecordIsAnElementEvenWhenItsNameSaysNothing() throws Exception {
        List<Object> facts = scan("""
                import org.edcomply.annotations.StudentRecord;

                class Placement {
                    @StudentRecord
                    private String readingGroup;
                    private String room;
                }
                """);
        assertEquals("Placement.readingGroup OTHER ANNOTATION decl=[STUDENT_RECORD] purposes=[] protections=[] retention=null",
                elements(facts));
    }

    @Test
    void handlersDecisionsAndAiSystemsBecomeFacts() throws Exception {
        List<Object> facts = scan("""
                import org.edcomply.annotations.AiSystem;
                import org.edcomply.annotations.AutomatedDecision;
                import org.edcomply.annotations.DataSubjectRight;
                import static org.edcomply.annotations.DataSubjectRight.Right.*;

                @AiSystem(purpose = AiSystem.Purpose.PROCTORING, emotionRecognition = true, profiling = true)
                class Proctor {
                    @AutomatedDecision(purpose = "flag the attempt", humanReview = true)
                    boolean flag(byte[] frame) { return false; }

                    @DataSubjectRight({ACCESS, PORTABILITY})
                    byte[] export(long student) { return new byte[0]; }
                }
                """);
        String described = facts.stream().filter(f -> !(f instanceof PersonalDataElement)).map(f -> {
            if (f instanceof AiSystemDeclaration a) {
                return a.location().line() + " AI " + a.owner() + " " + a.purpose() + " emotion=" + a.emotionRecognition()
                        + " biometric=" + a.biometricCategorisation() + " profiling=" + a.profiling();
            }
            if (f instanceof AutomatedDecisionDeclaration d) {
                return d.location().line() + " DECISION " + d.owner() + " '" + d.purpose() + "' review=" + d.humanReview();
            }
            DataSubjectRightHandler h = (DataSubjectRightHandler) f;
            return h.location().line() + " RIGHT " + h.handler() + " " + h.right();
        }).sorted().collect(Collectors.joining("\n"));
        assertEquals("""
                12 RIGHT Proctor.export ACCESS
                12 RIGHT Proctor.export PORTABILITY
                7 AI Proctor PROCTORING emotion=true biometric=false profiling=true
                9 DECISION Proctor.flag 'flag the attempt' review=true""", described);
    }

    @Test
    void anotherLibrarysAnnotationsOfTheSameNameAreNotOurs() throws Exception {
        List<Object> facts = scan("""
                import com.example.ai.AiSystem;
                import com.example.gdpr.StudentRecord;

                @AiSystem(purpose = AiSystem.Purpose.PROCTORING, emotionRecognition = true)
                class Lookalike {
                    @StudentRecord private String readingGroup;
                }
                """);
        assertEquals(List.of(), facts);
    }
}

package org.edcomply.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.Sensitivity;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.model.CodeSuppression;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.PersonalDataElement;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.Baseline;
import org.edcomply.core.triage.BaselineEntry;
import org.edcomply.core.triage.Fingerprint;
import org.edcomply.core.triage.Suppression;
import org.edcomply.core.triage.Triage;
import org.edcomply.core.triage.TriageResult;

/**
 * A small project on disk and the findings of a run over it, covering every case a report shows:
 * active, suppressed in code, suppressed by the file, in the baseline, fixed since the baseline, a
 * whole-file finding, and a message that holds markup.
 */
final class ReportFixture {

    static final String LEARNER = """
            package edu.readalong;

            import org.edcomply.annotations.*;

            public class Learner {
                @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
                private byte[] faceTemplate;

                @PersonalData(category = DataCategory.HEALTH)
                @SuppressCompliance(value = "GDPR-9-SPECIAL-CATEGORY", reason = "Nurse notes; DPIA-3", until = "2099-12-31")
                private String allergies;
            }
            """;
    static final String PROPERTIES = "server.port=8080\nserver.servlet.session.cookie.secure=false\nspring.datasource.password=hunter2\n";

    private ReportFixture() {
    }

    static Requirement requirement(String id, String jurisdiction, Severity severity, String cite, String link) {
        return new Requirement(id, jurisdiction, "test-check", Map.of("age", 13), severity, "Title of " + id,
                "message", "Fix {element} before age {age}.", cite, link, Location.of(jurisdiction + ".yaml", 1, 1));
    }

    static Finding finding(Requirement r, Location at, String subject, String message) {
        return new Finding(r.id(), r.jurisdiction(), r.check(), r.severity(), r.title(), message,
                "Annotate " + subject + " with @LegalBasis.", r.cite(), r.link(), at, subject);
    }

    static ComplianceReport build(Path root) {
        write(root.resolve("src/main/java/edu/readalong/Learner.java"), LEARNER);
        write(root.resolve("src/main/resources/application.properties"), PROPERTIES);
        Requirement gdpr9 = requirement("GDPR-9-SPECIAL-CATEGORY", "eu-gdpr", Severity.HIGH, "GDPR Art. 9(1)",
                "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9");
        Requirement cookie = requirement("GDPR-32-SECURE-SESSION-COOKIE", "eu-gdpr", Severity.HIGH, "GDPR Art. 32(1)",
                "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_32");
        Requirement coppaCookie = requirement("COPPA-SECURE-SESSION-COOKIE", "us-coppa", Severity.MEDIUM, "16 CFR 312.8",
                "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-312#p-312.8");
        Requirement noManifest = requirement("EDC-NO-MANIFEST", "edcomply", Severity.LOW, "EdComply needs edcomply.yaml", null);
        String java = "src/main/java/edu/readalong/Learner.java";
        String props = "src/main/resources/application.properties";
        List<Finding> findings = List.of(
                finding(gdpr9, Location.of(java, 7, 20), "Learner.faceTemplate", "Learner.faceTemplate is <b>BIOMETRIC</b> data & has no basis."),
                finding(gdpr9, Location.of(java, 11, 20), "Learner.allergies", "Learner.allergies is HEALTH data."),
                finding(cookie, Location.of(props, 2, 1), "server.servlet.session.cookie.secure", "Cookies may travel without TLS."),
                finding(coppaCookie, Location.of(props, 2, 1), "server.servlet.session.cookie.secure", "Cookies may travel without TLS."),
                finding(noManifest, Location.ofFile("edcomply.yaml"), "NO_MANIFEST", "No compliance manifest."));
        List<Object> facts = List.of(
                new PersonalDataElement(Location.of(java, 7, 20), "Learner", "faceTemplate", DataCategory.BIOMETRIC,
                        DataSubject.CHILD, Sensitivity.DEFAULT, null, Set.of(), PersonalDataElement.Origin.ANNOTATION, "@PersonalData"),
                new PersonalDataElement(Location.of(java, 11, 20), "Learner", "allergies", DataCategory.HEALTH,
                        DataSubject.STUDENT, Sensitivity.DEFAULT, "=HYPERLINK(\"x\")", Set.of("ENCRYPTED", "ACCESS_LOGGED"),
                        PersonalDataElement.Origin.ANNOTATION, "@PersonalData"),
                new CodeSuppression(Location.of(java, 10, 5), List.of("GDPR-9-SPECIAL-CATEGORY"), "Nurse notes; DPIA-3",
                        "2099-12-31", "Learner.allergies", 9, 11));
        AnalysisResult analysis = new AnalysisResult(findings, List.of("edcomply", "eu-gdpr", "us-coppa"), 2, 4,
                List.of(noManifest, gdpr9, cookie, coppaCookie), facts);
        Suppression fileEntry = new Suppression(Suppression.Source.FILE, Location.of("edcomply-suppressions.yaml", 2, 5),
                List.of("COPPA-SECURE-SESSION-COOKIE"), "src/main/resources/*.properties", null, "", null, 0, 0,
                "src/main/resources/*.properties", "Dev profile only", "dpo@school.example", LocalDate.of(2099, 1, 31));
        Baseline baseline = new Baseline("edcomply-baseline.json", List.of(
                new BaselineEntry(Fingerprint.of(findings.get(2), "server.servlet.session.cookie.secure=false"),
                        cookie.id(), props, "server.servlet.session.cookie.secure"),
                new BaselineEntry("0123456789abcdef0123456789abcdef", "GDPR-9-SPECIAL-CATEGORY", java, "Learner.oldField")));
        TriageResult triage = new Triage(null, LocalDate.of(2026, 6, 1)).apply(analysis, root, "", List.of(fileEntry), baseline);
        return ComplianceReport.of("ReadAlong <K-12>", "", analysis, triage,
                Map.of("eu-gdpr", "European Union - GDPR", "us-coppa", "United States - COPPA", "edcomply", "EdComply analysis integrity"));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.edcomply.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.model.CodeSuppression;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions and baseline, on a file whose lines move. */
class TriageTest {

    private static final String FILE = "src/main/java/Learner.java";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path root;

    private static Finding finding(String requirement, int line, String subject) {
        return new Finding(requirement, "eu-gdpr", "c", Severity.HIGH, "t", "m", "r", "cite", null,
                Location.of(FILE, line, 5), subject);
    }

    private void source(String... lines) throws IOException {
        Files.createDirectories(root.resolve(FILE).getParent());
        Files.writeString(root.resolve(FILE), String.join("\n", lines) + "\n");
    }

    private TriageResult triage(List<Finding> findings, List<Object> facts, List<Suppression> file, Baseline baseline) {
        AnalysisResult analysis = new AnalysisResult(findings, List.of("eu-gdpr"), 1, 1, List.of(), facts);
        return new Triage(null, TODAY).apply(analysis, root, "", file, baseline);
    }

    private static List<String> statuses(TriageResult r) {
        return r.findings().stream().map(f -> f.finding().location().line() + " " + f.status()).toList();
    }

    @Test
    void aMovedLineKeepsItsFingerprintAndBaselineMatch() throws IOException {
        source("class Learner {", "    byte[] faceTemplate;", "}");
        TriageResult before = triage(List.of(finding("GDPR-9", 2, "Learner.faceTemplate")), List.of(), List.of(), null);
        Baseline baseline = new Baseline("b.json", before.findings().stream().map(BaselineEntry::of).toList());

        source("class Learner {", "    // a comment", "", "    byte[]    faceTemplate;   ", "}");
        TriageResult after = triage(List.of(finding("GDPR-9", 4, "Learner.faceTemplate")), List.of(), List.of(), baseline);
        assertEquals(before.findings().get(0).fingerprint(), after.findings().get(0).fingerprint());
        assertEquals(List.of("4 BASELINE"), statuses(after));
        assertEquals(List.of(), after.fixed());
    }

    @Test
    void aNewFindingIsActiveAndAGoneOneIsReportedFixed() throws IOException {
        source("class Learner {", "    byte[] faceTemplate;", "    String allergies;", "}");
        Baseline baseline = new Baseline("b.json", List.of(BaselineEntry.of(
                triage(List.of(finding("GDPR-9", 2, "Learner.faceTemplate")), List.of(), List.of(), null).findings().get(0))));
        source("class Learner {", "    String allergies;", "}");
        TriageResult r = triage(List.of(finding("GDPR-9", 2, "Learner.allergies")), List.of(), List.of(), baseline);
        assertEquals(List.of("2 ACTIVE"), statuses(r));
        assertEquals("Learner.faceTemplate", r.fixed().get(0).subject());
    }

    @Test
    void theSameLineForAnotherRequirementOrFileIsAnotherFingerprint() {
        Finding a = finding("GDPR-9", 2, "x");
        assertNotEquals(Fingerprint.of(a, "byte[] x;"), Fingerprint.of(finding("COPPA-1", 2, "x"), "byte[] x;"));
        assertNotEquals(Fingerprint.of(a, "byte[] x;"), Fingerprint.of(a, "byte[] y;"));
        assertEquals(Fingerprint.of(a, "byte[] x;"), Fingerprint.of(finding("GDPR-9", 40, "x"), "byte[] x;"));
    }

    @Test
    void codeSuppressionCoversItsDeclarationUntilItExpires() throws IOException {
        source("class Learner {", "    @SuppressCompliance(...)", "    byte[] faceTemplate;", "    String name;", "}");
        CodeSuppression active = new CodeSuppression(Location.of(FILE, 2, 5), List.of("GDPR-9"), "DPIA-7", "2026-06-01",
                "Learner.faceTemplate", 2, 3);
        TriageResult r = triage(List.of(finding("GDPR-9", 3, "a"), finding("GDPR-9", 4, "b"), finding("OTHER", 3, "c")),
                List.of(active), List.of(), null);
        assertEquals(List.of("3 SUPPRESSED", "3 ACTIVE", "4 ACTIVE"), statuses(r));
        assertEquals("DPIA-7", r.findings().get(0).suppression().reason());
        assertEquals(TriageResult.State.APPLIED, r.suppressions().get(0).state());

        CodeSuppression expired = new CodeSuppression(Location.of(FILE, 2, 5), List.of("GDPR-9"), "DPIA-7", "2026-05-31",
                "Learner.faceTemplate", 2, 3);
        TriageResult later = triage(List.of(finding("GDPR-9", 3, "a")), List.of(expired), List.of(), null);
        assertEquals(List.of("3 ACTIVE"), statuses(later));
        assertEquals(TriageResult.State.EXPIRED, later.suppressions().get(0).state());
        assertEquals(1, later.suppressions().get(0).matched());
    }

    @Test
    void aSuppressionThatMatchesNothingIsStaleAndAnInvalidOneDoesNotApply() throws IOException {
        source("class Learner {", "    byte[] faceTemplate;", "}");
        CodeSuppression noReason = new CodeSuppression(Location.of(FILE, 1, 1), List.of("GDPR-9"), " ", "", "Learner", 1, 3);
        Suppression stale = new Suppression(Suppression.Source.FILE, Location.of("edcomply-suppressions.yaml", 2, 5),
                List.of("GDPR-9"), "src/test/**", null, "", null, 0, 0, "src/test/**", "tests", "", null);
        TriageResult r = triage(List.of(finding("GDPR-9", 2, "a")), List.of(noReason), List.of(stale), null);
        assertEquals(List.of("2 ACTIVE"), statuses(r));
        assertEquals(1, r.suppressions().size(), "the invalid one is a problem, not a suppression");
        assertEquals(TriageResult.State.STALE, r.suppressions().get(0).state());
    }

    @Test
    void fileSuppressionsMatchByGlobRelativeToTheirFolderOrByFingerprint() throws IOException {
        source("class Learner {", "    byte[] faceTemplate;", "}");
        Finding f = finding("GDPR-9", 2, "a");
        String fingerprint = Fingerprint.of(f, "byte[] faceTemplate;");
        Suppression byGlob = new Suppression(Suppression.Source.FILE, Location.of("../edcomply-suppressions.yaml", 2, 5),
                List.of("GDPR-9"), "web/src/main/**/*.java", null, "web", null, 0, 0, "glob", "legacy", "dpo", null);
        Suppression byPrint = new Suppression(Suppression.Source.FILE, Location.of("edcomply-suppressions.yaml", 6, 5),
                List.of(), null, fingerprint, "", null, 0, 0, "fp", "accepted", "dpo", null);
        assertEquals(List.of("2 SUPPRESSED"), statuses(triage(List.of(f), List.of(), List.of(byGlob), null)));
        assertEquals(List.of("2 SUPPRESSED"), statuses(triage(List.of(f), List.of(), List.of(byPrint), null)));
        assertEquals(Map.of(), Map.of());
    }
}

package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.AccessibilityTarget;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Audience;
import org.edcomply.core.model.ParentalConsent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    @TempDir
    Path dir;

    private Manifest read(String yaml) throws Exception {
        Files.writeString(dir.resolve("edcomply.yaml"), yaml);
        return ManifestReader.read(dir);
    }

    private String error(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void declaredFactsWithTheirPositions() throws Exception {
        Manifest m = read("jurisdictions: [us-coppa, eu-gdpr]\naudience:\n  minAge: 8\nconsent:\n  parental: NONE\n");
        assertEquals("{us-coppa=edcomply.yaml:1:17, eu-gdpr=edcomply.yaml:1:27}", m.jurisdictions().toString());
        Audience audience = only(m, Audience.class);
        assertEquals(8, audience.minAge());
        assertEquals("edcomply.yaml:3:11", audience.location().toString());
        assertFalse(only(m, ParentalConsent.class).isDeclared());
    }

    static <T> T only(Manifest m, Class<T> type) {
        java.util.List<T> found = m.facts().stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), type.getSimpleName() + " facts: " + found);
        return found.get(0);
    }

    @Test
    void noManifestIsAProblemFactNotAnError() {
        Manifest m = ManifestReader.read(dir);
        assertFalse(m.present());
        assertEquals(AnalysisProblem.NO_MANIFEST, ((AnalysisProblem) m.facts().get(0)).kind());
    }

    @Test
    void unknownKeyWithHint() {
        assertEquals("edcomply.yaml:2:1: unknown key 'audiance'; did you mean 'audience'? "
                + "Allowed keys: accessibility, aiSystems, assessments, audience, breach, consent, dataCategories, "
                + "dataSubjectRights, hosting, jurisdictions, privacyNotice, processors, retention, security, transfers.",
                error("jurisdictions: [us-coppa]\naudiance: {}\n"));
    }

    @Test
    void accessibilityTargetAndStatementWithTheirPositions() throws Exception {
        Manifest m = read("jurisdictions: [us-ada-title-ii]\naccessibility:\n  target: WCAG22AA\n"
                + "  statement: docs/accessibility.md\n");
        AccessibilityTarget target = m.facts().stream().filter(AccessibilityTarget.class::isInstance)
                .map(AccessibilityTarget.class::cast).findFirst().orElseThrow();
        assertEquals("WCAG22AA", target.target());
        assertEquals("edcomply.yaml:3:11", target.location().toString());
        assertEquals("docs/accessibility.md", target.statement());
        assertEquals("edcomply.yaml:4:14", target.statementLocation().toString());
        assertFalse(target.statementFound(), "docs/accessibility.md is not in the project");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/accessibility.md"), "# Accessibility statement\n");
        assertTrue(((AccessibilityTarget) ManifestReader.read(dir).facts().stream()
                .filter(AccessibilityTarget.class::isInstance).findFirst().orElseThrow()).statementFound());
    }

    @Test
    void withoutAnAccessibilitySectionTheLawsDecide() throws Exception {
        Manifest m = read("jurisdictions: [us-ada-title-ii]\n");
        assertFalse(m.facts().stream().filter(AccessibilityTarget.class::isInstance)
                .map(AccessibilityTarget.class::cast).findFirst().orElseThrow().isDeclared());
        assertFalse(ManifestReader.read(dir.resolve("missing")).facts().stream()
                .filter(AccessibilityTarget.class::isInstance).map(AccessibilityTarget.class::cast)
                .findFirst().orElseThrow().isDeclared());
    }

    @Test
    void unknownTargetWithHint() {
        assertEquals("edcomply.yaml:2:11: expected one of WCAG20A, WCAG20AA, WCAG21A, WCAG21AA, WCAG22A, WCAG22AA "
                + "in accessibility.target, found 'WCAG21'; did you mean 'WCAG21A'?", error("accessibility:\n  target: WCAG21\n"));
    }

    @Test
    void wrongTypeNamesExpectedAndFound() {
        assertEquals("edcomply.yaml:2:11: expected an integer in audience.minAge, found 'eight'",
                error("audience:\n  minAge: eight\n"));
    }

    @Test
    void unknownEnumValueWithHint() {
        String message = error("consent:\n  parental: none\n");
        assertEquals("edcomply.yaml:2:13: expected one of NONE, EMAIL_PLUS, CARD, ID_MATCH, FACE_MATCH, KBA, TEXT_PLUS, "
                + "VIDEO_CALL, SIGNED_FORM, SCHOOL_AUTHORIZATION, GUARDIAN_ACCOUNT_LINK in consent.parental, "
                + "found 'none'; did you mean 'NONE'?", message);
    }

    @Test
    void aFullManifestDeclaresEveryFactAtItsPosition() throws Exception {
        Path full = Path.of("src/test/resources/manifests/full");
        String actual = String.join("\n", facts(full));
        String expected = Files.readAllLines(full.resolve("expected-facts.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(expected, actual);
    }

    /** The manifest's facts as lines in location order. */
    static java.util.List<String> facts(Path project) {
        return ManifestReader.read(project).facts().stream()
                .sorted(java.util.Comparator.comparing(ConfigScannerFixturesTest::location).thenComparing(FactText::of))
                .map(FactText::of).toList();
    }

    /** Prints the facts of a manifest, to review them when writing its expected file. */
    public static void main(String[] args) {
        facts(Path.of(args[0])).forEach(System.out::println);
    }

    @Test
    void referencesMustBeFilesInsideTheProject() throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/DPIA-2026.md"), "# DPIA");
        Files.writeString(dir.resolve("edcomply.yaml"), """
                jurisdictions: [eu-gdpr]
                assessments:
                  dpia: docs/dpia-2026.md
                  pia: ../outside.md
                  tia: /etc/passwd
                  fria: http://intranet/fria
                retention:
                  policy: docs
                breach:
                  runbook: https://wiki.example.org/runbook
                """);
        InputErrors e = assertThrows(InputErrors.class, () -> ManifestReader.read(dir));
        assertEquals("""
                edcomply.yaml:3:9: assessments.dpia refers to 'docs/dpia-2026.md', which does not exist in the project; \
                did you mean 'DPIA-2026.md' in the same folder?
                edcomply.yaml:4:8: assessments.pia refers to '../outside.md', which points outside the project
                edcomply.yaml:5:8: assessments.tia refers to '/etc/passwd', an absolute path; write it relative to the project root
                edcomply.yaml:6:9: assessments.fria refers to 'http://intranet/fria', which is neither a file in the project \
                nor an https:// URL
                edcomply.yaml:8:11: retention.policy refers to 'docs', which is a folder; expected a file""", e.getMessage());
    }

    @Test
    void regionsAreIsoCodes() {
        assertEquals("edcomply.yaml:2:20: 'UK' in hosting.regions[1] is not an ISO 3166 country code; did you mean 'GB'?",
                error("hosting:\n  regions: [US-NY, UK]\n"));
        assertEquals("edcomply.yaml:2:24: 'XK-01' in processors[0].country is not an ISO 3166 country code (write a country "
                + "such as US, GB or DE, a subdivision such as US-NY or CA-QC, or EU / EEA).",
                error("processors:\n  - {name: a, country: XK-01}\n"));
    }

    @Test
    void retentionCategoriesAreDataCategories() {
        String message = error("retention:\n  categories:\n    GRADE: { days: 30 }\n");
        assertTrue(message.startsWith("edcomply.yaml:3:5: "), message);
        assertTrue(message.contains("GRADES"), message);
    }
}

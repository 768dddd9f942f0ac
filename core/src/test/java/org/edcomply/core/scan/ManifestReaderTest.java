package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
        Audience audience = (Audience) m.facts().get(0);
        assertEquals(8, audience.minAge());
        assertEquals("edcomply.yaml:3:11", audience.location().toString());
        assertFalse(((ParentalConsent) m.facts().get(1)).isDeclared());
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
                + "Allowed keys: accessibility, audience, consent, jurisdictions.", error("jurisdictions: [us-coppa]\naudiance: {}\n"));
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
}

package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edcomply.core.io.InputException;
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
                + "Allowed keys: aiSystems, assessments, audience, breach, consent, dataCategories, dataSubjectRights, "
                + "hosting, jurisdictions, privacyNotice, processors, retention, security, transfers.",
                error("jurisdictions: [us-coppa]\naudiance: {}\n"));
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

package org.edcomply.core.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.edcomply.core.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edcomply-suppressions.yaml: every field read, every mistake reported at its line. */
class SuppressionFileTest {

    @TempDir
    Path root;

    private List<Suppression> read(String yaml) throws IOException {
        Path file = root.resolve(SuppressionFile.FILE_NAME);
        Files.writeString(file, yaml);
        return SuppressionFile.read(file, root);
    }

    @Test
    void entriesByPathAndByFingerprint() throws IOException {
        List<Suppression> s = read("""
                suppressions:
                  - requirement: GDPR-32-SECURE-SESSION-COOKIE
                    path: src/main/resources/application-dev.properties
                    reason: Dev profile only runs on localhost
                    approver: dpo@school.example
                    until: 2026-12-31
                  - fingerprint: 0123456789abcdef0123456789abcdef
                    reason: Accepted by the DPO
                """);
        assertEquals(2, s.size());
        assertEquals(List.of("GDPR-32-SECURE-SESSION-COOKIE"), s.get(0).requirements());
        assertEquals(LocalDate.of(2026, 12, 31), s.get(0).until());
        assertEquals("dpo@school.example", s.get(0).approver());
        assertEquals("edcomply-suppressions.yaml:2:5", s.get(0).declaredAt().toString());
        assertEquals("0123456789abcdef0123456789abcdef", s.get(1).fingerprint());
        assertEquals(null, s.get(1).until());
    }

    @Test
    void aReasonIsRequired() {
        InputException e = assertThrows(InputException.class, () -> read("""
                suppressions:
                  - requirement: GDPR-9-SPECIAL-CATEGORY
                    path: src/**
                """));
        assertEquals("edcomply-suppressions.yaml:2:5: missing required key 'reason'", e.getMessage().replaceAll(" in .*", ""));
    }

    @Test
    void aDateThatDoesNotExistIsReportedWhereItIsWritten() {
        InputException e = assertThrows(InputException.class, () -> read("""
                suppressions:
                  - requirement: GDPR-9-SPECIAL-CATEGORY
                    path: src/**
                    reason: r
                    until: 2026-02-30
                """));
        assertEquals("edcomply-suppressions.yaml:5:12: '2026-02-30' is not a date; expected yyyy-MM-dd", e.getMessage());
    }

    @Test
    void aMisspeltKeyGetsAHint() {
        InputException e = assertThrows(InputException.class, () -> read("""
                suppressions:
                  - requirement: GDPR-9-SPECIAL-CATEGORY
                    path: src/**
                    reason: r
                    approvedBy: me
                """));
        assertEquals(true, e.getMessage().startsWith("edcomply-suppressions.yaml:5:5: unknown key 'approvedBy'"), e.getMessage());
    }
}

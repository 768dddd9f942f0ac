package org.edcomply.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32C;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.AnalysisRun;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.ScanOptions;
import org.edcomply.core.cache.ScanCache;
import org.edcomply.core.model.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental cache gives exactly the findings (and facts) of a cold run: after edits, renames
 * and deletions, across files (a data flow from an unchanged file to an edited one, a page whose
 * layout changed), after a rule or requirement change, and when the cache itself is damaged. Each
 * test runs the project with the cache and compares with a run without it.
 */
class IncrementalCacheTest {

    /** A day on which the ADA Title II template checks apply (from 2027-04-26). */
    private static final LocalDate DAY = LocalDate.of(2027, 7, 1);

    @TempDir
    Path project;

    private Path cache;

    @BeforeEach
    void writeProject() throws IOException {
        cache = project.resolve("target/edcomply");
        write("edcomply.yaml", """
                jurisdictions: [us-coppa, eu-gdpr, us-ada-title-ii]
                audience:
                  minAge: 8
                consent:
                  parental: EMAIL_PLUS
                dataCategories: [NAME]
                accessibility:
                  target: WCAG21AA # checked at once, whatever the day and the laws' compliance dates
                """);
        write("src/main/java/edu/t/Learner.java", """
                package edu.t;

                import jakarta.persistence.Entity;

                @Entity
                public class Learner {
                    private String firstName;
                    private String guardianEmail;
                    private String allergyNotes;

                    public String getFirstName() {
                        return firstName;
                    }

                    public String getGuardianEmail() {
                        return guardianEmail;
                    }
                }
                """);
        write("src/main/java/edu/t/LearnerService.java", """
                package edu.t;

                import org.slf4j.Logger;
                import org.slf4j.LoggerFactory;

                public class LearnerService {
                    private static final Logger log = LoggerFactory.getLogger(LearnerService.class);

                    void enrol(Learner learner) {
                        log.info("enrolled {}", learner.getGuardianEmail());
                    }
                }
                """);
        write("src/main/java/edu/t/Grades.java", """
                package edu.t;

                public record Grades(String studentNumber, int mark) {
                }
                """);
        write("src/main/resources/application.properties", """
                spring.datasource.url=jdbc:postgresql://db/school?sslmode=disable
                server.servlet.session.cookie.secure=false
                """);
        write("src/main/resources/db/migration/V1__pupils.sql", """
                CREATE TABLE pupils (id BIGINT, home_address VARCHAR(200));
                """);
        write("src/main/resources/templates/layouts/main.html", """
                <!DOCTYPE html>
                <html lang="en"><head><title>School</title></head>
                <body><main layout:fragment="content"></main></body></html>
                """);
        write("src/main/resources/templates/books.html", """
                <!DOCTYPE html>
                <html layout:decorate="~{layouts/main}"><body>
                <main layout:fragment="content"><img src="cover.png"><input type="text" name="q"></main>
                </body></html>
                """);
        write("src/main/resources/templates/search.html", """
                <!DOCTYPE html>
                <html layout:decorate="~{layouts/main}"><body>
                <main layout:fragment="content"><a href="/x"></a></main>
                </body></html>
                """);
    }

    @Test
    void anUnchangedProjectIsReadFromTheCacheWithTheSameFindings() {
        AnalysisRun first = cached();
        assertEquals(0, first.stats().filesFromCache());
        assertFalse(first.stats().findingsFromCache());
        assertTrue(Files.isRegularFile(cache.resolve(ScanCache.FILE_NAME)));

        AnalysisRun second = cached();
        assertEquals(second.stats().files() - 1, second.stats().filesFromCache(), "every file but the manifest");
        assertTrue(second.stats().findingsFromCache(), "nothing changed, so the rules need not run");
        assertSameAsCold(second);
        // findings of every kind of file: Java, configuration, templates
        assertTrue(ids(second).containsAll(List.of("GDPR-32-PERSONAL-DATA-IN-LOGS", "GDPR-32-DATASOURCE-TLS",
                "ADA-II-IMAGE-ALT")), ids(second).toString());
    }

    @Test
    void findingsTakenFromTheCacheAreKeptForTheRunAfter() {
        cached();
        assertTrue(cached().stats().findingsFromCache());

        AnalysisRun third = cached();
        assertTrue(third.stats().findingsFromCache(), "a run that used the cached findings writes them back");
        assertSameAsCold(third);
    }

    @Test
    void anEditedFileIsScannedAgainAndAFlowFromAnUnchangedFileFollowsIt() throws IOException {
        assertTrue(cached().result().findings().stream().anyMatch(this::logsGuardianEmail));
        // the logging call stays in LearnerService.java (read from the cache); the data it logged is gone
        edit("src/main/java/edu/t/Learner.java", "private String guardianEmail;", "private String guardianCode;");

        AnalysisRun run = cached();
        assertEquals(run.stats().files() - 2, run.stats().filesFromCache(), "all but the manifest and the edited file");
        assertFalse(run.stats().findingsFromCache());
        assertFalse(run.result().findings().stream().anyMatch(this::logsGuardianEmail));
        assertSameAsCold(run);
    }

    @Test
    void aRenamedFileIsReportedUnderItsNewName() throws IOException {
        cached();
        Files.move(project.resolve("src/main/java/edu/t/Grades.java"), project.resolve("src/main/java/edu/t/Marks.java"));

        AnalysisRun run = cached();
        assertTrue(run.result().findings().stream().anyMatch(f -> f.location().file().endsWith("Marks.java")));
        assertFalse(run.result().findings().stream().anyMatch(f -> f.location().file().endsWith("Grades.java")));
        assertSameAsCold(run);
        assertFalse(cacheText().contains("Grades.java"), "the old name's entry is dropped");
    }

    @Test
    void aDeletedFileLeavesNothingBehind() throws IOException {
        assertTrue(cached().result().findings().stream().anyMatch(f -> f.location().file().endsWith("books.html")));
        Files.delete(project.resolve("src/main/resources/templates/books.html"));

        AnalysisRun run = cached();
        assertFalse(run.result().findings().stream().anyMatch(f -> f.location().file().endsWith("books.html")));
        assertSameAsCold(run);
        assertFalse(cacheText().contains("books.html"));
    }

    @Test
    void aChangedLayoutChangesThePagesThatUseIt() throws IOException {
        assertFalse(ids(cached()).contains("ADA-II-PAGE-TITLE"));
        edit("src/main/resources/templates/layouts/main.html", "<title>School</title>", "");

        AnalysisRun run = cached();
        assertTrue(ids(run).contains("ADA-II-PAGE-TITLE"), "books.html and search.html, both read from the cache");
        assertSameAsCold(run);
    }

    @Test
    void aChangedRuleRunsTheRulesAgain() throws IOException {
        write("src/compliance/rules/acme-config-value-forbidden.check.yaml", """
                check: acme-config-value-forbidden
                summary: A configuration key must not hold a given value.
                parameters:
                  key: { type: string, required: true, description: The flattened configuration key. }
                  value: { type: string, required: true, description: The forbidden value. }
                placeholders:
                  key: the key
                """);
        write("src/compliance/rules/acme-config-value-forbidden.drl", """
                package org.acme.rules;

                import org.edcomply.core.model.Requirement;
                import org.edcomply.core.model.ConfigSetting;

                global org.edcomply.core.engine.FindingSink findings;

                rule "acme-config-value-forbidden"
                    @check("acme-config-value-forbidden")
                when
                    $r : Requirement(check == "acme-config-value-forbidden")
                    $s : ConfigSetting(key == $r.stringParam("key"), value.equalsIgnoreCase($r.stringParam("value")))
                then
                    findings.report($r, $s.location(), $s.key(), "key", $s.key());
                end
                """);
        write("src/compliance/jurisdictions/eu-gdpr.yaml", """
                overlay: eu-gdpr
                requirements:
                  - id: ACME-SECURE-COOKIE
                    title: Session cookies are secure
                    check: acme-config-value-forbidden
                    with: { key: server.servlet.session.cookie.secure, value: "false" }
                    severity: HIGH
                    cite: ACME Security Policy SEC-4
                    message: "{key} must not be false."
                    remediation: Set {key} to true.
                """);
        assertTrue(ids(cached(custom())).contains("ACME-SECURE-COOKIE"));
        // the rule now fires on the opposite value: the cached findings must not be reused
        edit("src/compliance/rules/acme-config-value-forbidden.drl", "value.equalsIgnoreCase(", "!value.equalsIgnoreCase(");

        AnalysisRun run = cached(custom());
        assertFalse(run.stats().findingsFromCache());
        assertEquals(run.stats().files() - 1, run.stats().filesFromCache(), "facts do not depend on rules");
        assertFalse(ids(run).contains("ACME-SECURE-COOKIE"));
        assertSameAsCold(run, custom());
    }

    @Test
    void aChangedRequirementRunsTheRulesAgain() throws IOException {
        cached();
        edit("edcomply.yaml", "minAge: 8", "minAge: 16");

        AnalysisRun run = cached();
        assertFalse(ids(run).contains("COPPA-PARENTAL-CONSENT"));
        assertSameAsCold(run);

        AnalysisRun anotherDay = cached(new JurisdictionOptions(LocalDate.of(2028, 7, 1), 180, null, null));
        assertFalse(anotherDay.stats().findingsFromCache(), "the law of another day");
        assertSameAsCold(anotherDay, new JurisdictionOptions(LocalDate.of(2028, 7, 1), 180, null, null));
    }

    @Test
    void aDamagedCacheIsRebuiltNeverTrusted() throws IOException {
        cached();
        Path file = cache.resolve(ScanCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // one changed letter in a cached fact: without the checksum, a wrong fact would be trusted
        Files.writeString(file, text.replaceFirst("guardianEmail", "guardianEmaiI"));
        AnalysisRun flipped = cached();
        assertTrue(flipped.stats().cacheNote().contains("checksum"), flipped.stats().cacheNote());
        assertEquals(0, flipped.stats().filesFromCache());
        assertSameAsCold(flipped);

        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), bytes.length / 2));
        AnalysisRun truncated = cached();
        assertTrue(truncated.stats().cacheNote().contains("rebuilt"), truncated.stats().cacheNote());
        assertSameAsCold(truncated);

        // a body that passes the checksum but is not what this EdComply writes
        String header = Files.readString(file).lines().findFirst().orElseThrow();
        String[] h = header.split(" ");
        byte[] body = "{\"entries\":[{\"kind\":\"x\",\"path\":\"p\",\"hash\":\"h\",\"value\":[\"java.io.File\",\"/etc\"]}],\"findings\":null}"
                .getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(body);
        Files.writeString(file, h[0] + " " + h[1] + " " + h[2] + " " + body.length + " " + Long.toHexString(crc.getValue())
                + "\n" + new String(body, StandardCharsets.UTF_8));
        AnalysisRun foreign = cached();
        assertTrue(foreign.stats().cacheNote().contains("cannot be read"), foreign.stats().cacheNote());
        assertSameAsCold(foreign);

        AnalysisRun after = cached();
        assertEquals("", after.stats().cacheNote(), "rewritten whole");
        assertTrue(after.stats().findingsFromCache());
    }

    @Test
    void aCacheOfAnotherEngineIsNotUsed() throws IOException {
        cached();
        Path file = cache.resolve(ScanCache.FILE_NAME);
        String text = Files.readString(file);
        String engine = text.lines().findFirst().orElseThrow().split(" ")[2];
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(engine), "0.0.1/0000"));

        AnalysisRun run = cached();
        assertEquals(0, run.stats().filesFromCache());
        assertTrue(run.stats().cacheNote().contains("another EdComply"), run.stats().cacheNote());
        assertSameAsCold(run);
    }

    // ---- helpers

    private static final ScanOptions OPTIONS = new ScanOptions(2, Duration.ofSeconds(60), null);

    private JurisdictionOptions day() {
        return new JurisdictionOptions(DAY, 180, null, null);
    }

    private JurisdictionOptions custom() {
        return new JurisdictionOptions(DAY, 180, project.resolve("src/compliance/jurisdictions"),
                project.resolve("src/compliance/rules"));
    }

    private AnalysisRequest request(JurisdictionOptions options) {
        return AnalysisRequest.mavenLayout(project, 17, List.of()).withRules(options);
    }

    private AnalysisRun cached() {
        return cached(day());
    }

    private AnalysisRun cached(JurisdictionOptions options) {
        return EdComply.run(request(options), OPTIONS.withCache(cache));
    }

    private void assertSameAsCold(AnalysisRun warm) {
        assertSameAsCold(warm, day());
    }

    private void assertSameAsCold(AnalysisRun warm, JurisdictionOptions options) {
        AnalysisRun cold = EdComply.run(request(options), OPTIONS);
        assertNotEquals(List.of(), cold.result().findings());
        assertEquals(cold.result().findings(), warm.result().findings());
        assertEquals(cold.result().facts(), warm.result().facts());
        assertEquals(cold.result().filesScanned(), warm.result().filesScanned());
    }

    private static List<String> ids(AnalysisRun run) {
        return run.result().findings().stream().map(Finding::requirementId).distinct().toList();
    }

    private boolean logsGuardianEmail(Finding f) {
        return f.location().file().endsWith("LearnerService.java") && f.subject().contains("guardianEmail");
    }

    private String cacheText() throws IOException {
        return Files.readString(cache.resolve(ScanCache.FILE_NAME));
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = project.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), path + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }
}

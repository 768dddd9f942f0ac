package org.edcomply.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.Finding;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.report.HtmlReportWriter;
import org.edcomply.core.triage.Triage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each kind of input may do: jurisdiction files and overlays are data (a tag never builds an
 * object, a value that looks like code stays text), DRL is code and is compiled only from the
 * folder the build names ({@code customRulesDirectory}; the integration test
 * {@code custom-rules-not-named} shows the same through Maven), and the manifest's file references
 * never leave the project.
 */
class TrustBoundariesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final Path OVERLAYS = Path.of("src/compliance/jurisdictions");

    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private AnalysisResult analyse(Path overlays, Path customRules) {
        return EdComply.analyse(AnalysisRequest.mavenLayout(project, 17, List.of())
                .withRules(new JurisdictionOptions(AS_OF, 0, overlays, customRules)));
    }

    /** The message of the configuration error the analysis stops with. */
    private String configurationError(Path overlays, Path customRules) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> analyse(overlays, customRules));
        assertTrue(e instanceof InputException || e instanceof InputErrors, () -> "a configuration error, not " + e);
        return e.getMessage();
    }

    private void acmeProject() throws Exception {
        write("edcomply.yaml", "jurisdictions: [acme]\naudience:\n  minAge: 18\n");
        write("src/main/resources/application.properties", "server.servlet.session.cookie.http-only=false\n");
    }

    @Test
    void aClassTagInAnOverlayIsRefusedWithItsPosition() throws Exception {
        acmeProject();
        Path marker = project.resolve("constructed");
        // SnakeYAML's classic gadget: would load a class from the URL if the tag built objects
        write("src/compliance/jurisdictions/acme.yaml", """
                id: acme
                name: ACME
                requirements:
                  - id: ACME-1
                    title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["file://%s"]]]]
                """.formatted(marker));
        String message = configurationError(OVERLAYS, null);
        assertTrue(message.startsWith("src/compliance/jurisdictions/acme.yaml:5:12: not valid YAML: Global tag is not allowed"),
                message);
        assertFalse(Files.exists(marker));
    }

    @Test
    void aLocalTagIsNoTypeEither() throws Exception {
        acmeProject();
        write("src/compliance/jurisdictions/acme.yaml", """
                id: acme
                name: !ruby/object:Gem::Installer { i: x }
                requirements: []
                """);
        String message = configurationError(OVERLAYS, null);
        assertTrue(message.startsWith("src/compliance/jurisdictions/acme.yaml:2:7: "), message);
    }

    @Test
    void valuesThatLookLikeCodeStayText() throws Exception {
        acmeProject();
        Path marker = project.resolve("evaluated");
        String code = "${T(java.lang.Runtime).getRuntime().exec('touch " + marker + "')} #{7*7} ${7*7} "
                + "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x('touch " + marker + "')} "
                + "<script>alert(1)</script> @{java.lang.System.exit(1)}";
        write("src/compliance/jurisdictions/acme.yaml", """
                id: acme
                name: ACME
                requirements:
                  - id: ACME-HTTPONLY
                    title: "%1$s"
                    check: config-value-required
                    with: { key: server.servlet.session.cookie.http-only, expected: "true" }
                    severity: HIGH
                    cite: "%1$s"
                    link: https://example.org/policy
                    message: "{key} is {value}: %1$s"
                    remediation: "%1$s"
                """.formatted(code.replace("\"", "\\\"")));
        AnalysisResult result = analyse(OVERLAYS, null);
        Finding finding = result.findings().stream().filter(f -> f.requirementId().equals("ACME-HTTPONLY")).findFirst()
                .orElseThrow();
        assertEquals("server.servlet.session.cookie.http-only is false: " + code, finding.message());
        assertEquals(code, finding.remediation());

        var triage = new Triage(EdComply.builtInCatalog().rules(), AS_OF).apply(result, project, "", List.of(), null);
        String html = new String(HtmlReportWriter.render(ComplianceReport.of("acme", "", result, triage, Map.of())),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped in the HTML report");
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(html.contains("${7*7}") && html.contains("#{7*7}"), "the template engine does not evaluate values");
        assertFalse(Files.exists(marker));
    }

    @Test
    void drlIsCompiledOnlyFromTheFolderTheBuildNames() throws Exception {
        acmeProject();
        write("src/compliance/jurisdictions/acme.yaml", "id: acme\nname: ACME\nrequirements: []\n");
        Path marker = project.resolve("rule-ran");
        String drl = """
                package org.acme.rules;
                global org.edcomply.core.engine.FindingSink findings;
                rule "runs-on-load"
                when
                then
                    new java.io.File("%s").mkdir();
                end
                """.formatted(marker.toString().replace("\\", "\\\\"));
        // DRL in the overlay folder, among the resources and at the root: none is the named folder
        write("src/compliance/jurisdictions/runs-on-load.drl", drl);
        write("src/main/resources/rules/runs-on-load.drl", drl);
        write("runs-on-load.drl", drl);
        write("src/compliance/rules/runs-on-load.drl", drl);

        analyse(OVERLAYS, null);
        assertFalse(Files.exists(marker), "DRL the build does not name is never compiled");

        // the same file in the folder the build names does run: the check above can fail
        analyse(OVERLAYS, Path.of("src/compliance/rules"));
        assertTrue(Files.isDirectory(marker));
    }

    @Test
    void theNamedRulesFolderCannotPointOutOfTheProject() throws Exception {
        acmeProject();
        Path outside = Files.createTempDirectory("edcomply-rules-outside");
        try {
            Files.writeString(outside.resolve("x.drl"), "package x;\n");
            Files.createDirectories(project.resolve("src/compliance"));
            Files.createSymbolicLink(project.resolve("src/compliance/rules"), outside);
            String message = configurationError(null, Path.of("src/compliance/rules"));
            assertTrue(message.startsWith("src/compliance/rules: "), message);
            assertTrue(message.contains("EdComply reads only files inside the project"), message);
        } finally {
            Files.deleteIfExists(outside.resolve("x.drl"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void manifestReferencesCannotLeaveTheProject() throws Exception {
        Path outside = Files.createTempFile("edcomply-outside", ".md");
        try {
            Files.createDirectories(project.resolve("docs"));
            Files.createSymbolicLink(project.resolve("docs/runbook.md"), outside);
            Files.createSymbolicLink(project.resolve("docs/etc"), Path.of("/etc"));
            write("edcomply.yaml", """
                    jurisdictions: [eu-gdpr]
                    assessments:
                      dpia: ../../etc/passwd
                      pia: /etc/passwd
                      tia: file:///etc/passwd
                      fria: docs/../../../etc/passwd
                    breach:
                      runbook: docs/runbook.md
                    retention:
                      policy: docs/etc/passwd
                    """);
            assertEquals("""
                    edcomply.yaml:3:9: assessments.dpia refers to '../../etc/passwd', which points outside the project
                    edcomply.yaml:4:8: assessments.pia refers to '/etc/passwd', an absolute path; write it relative to the project root
                    edcomply.yaml:5:8: assessments.tia refers to 'file:///etc/passwd', which is neither a file in the project \
                    nor an https:// URL
                    edcomply.yaml:6:9: assessments.fria refers to 'docs/../../../etc/passwd', which points outside the project
                    edcomply.yaml:8:12: breach.runbook refers to 'docs/runbook.md', which is a link that leads outside the project
                    edcomply.yaml:10:11: retention.policy refers to 'docs/etc/passwd', which is a link that leads outside \
                    the project""", configurationError(null, null));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aJurisdictionIdIsANameNotAPath() throws Exception {
        write("edcomply.yaml", "jurisdictions: [../../../etc/passwd]\n");
        String message = configurationError(null, null);
        assertTrue(message.startsWith("edcomply.yaml:1:"), message);
        assertTrue(message.contains("'../../../etc/passwd'"), message);
    }
}

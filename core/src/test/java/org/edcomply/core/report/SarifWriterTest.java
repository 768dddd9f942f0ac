package org.edcomply.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF that the official 2.1.0 schema accepts and GitHub code scanning does not reject. */
class SarifWriterTest {

    @TempDir
    Path project;

    private JsonNode sarif() throws Exception {
        return new ObjectMapper().readTree(SarifWriter.render(ReportFixture.build(project)));
    }

    @Test
    void validAgainstTheOfficialSchema() {
        byte[] sarif = SarifWriter.render(ReportFixture.build(project));
        assertEquals(List.of(), SchemaValidation.errors("/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_7, sarif));
    }

    @Test
    void theSchemaCheckRejectsWhatGitHubWouldReject() {
        byte[] broken = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}, \"results\": [{\"level\": \"fatal\"}]}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<String> errors = SchemaValidation.errors("/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_7, broken);
        assertTrue(errors.stream().anyMatch(e -> e.contains("name")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("fatal") || e.contains("enum")), errors.toString());
    }

    @Test
    void everyResultHasAPhysicalLocationWithALineGitHubAccepts() throws Exception {
        JsonNode results = sarif().at("/runs/0/results");
        assertEquals(5, results.size());
        for (JsonNode r : results) {
            JsonNode physical = r.at("/locations/0/physicalLocation");
            assertFalse(physical.at("/artifactLocation/uri").asText().isEmpty(), r.toString());
            assertTrue(physical.at("/region/startLine").asInt() >= 1, r.toString());
        }
        JsonNode wholeFile = results.get(0);
        assertEquals("edcomply.yaml", wholeFile.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(1, wholeFile.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void oneRulePerRequirementWithHelpTextMarkdownAndNumericSecuritySeverity() throws Exception {
        JsonNode rules = sarif().at("/runs/0/tool/driver/rules");
        assertEquals(4, rules.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : rules) {
            ids.add(rule.get("id").asText());
            assertTrue(rule.at("/help/text").asText().contains("Citation: "), rule.toString());
            assertTrue(rule.at("/help/markdown").asText().contains("**Fix:**"), rule.toString());
            double severity = Double.parseDouble(rule.at("/properties/security-severity").asText());
            assertTrue(severity > 0 && severity <= 10, rule.toString());
        }
        assertEquals(4, ids.size());
        JsonNode gdpr9 = rules.get(1);
        assertEquals("GDPR-9-SPECIAL-CATEGORY", gdpr9.get("id").asText());
        assertEquals("8.0", gdpr9.at("/properties/security-severity").asText());
        assertEquals("error", gdpr9.at("/defaultConfiguration/level").asText());
        assertTrue(gdpr9.at("/help/text").asText().contains("Fix: Fix <element> before age 13."),
                "parameters are filled in, per-finding placeholders named: " + gdpr9.at("/help/text").asText());
        assertEquals("https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9", gdpr9.get("helpUri").asText());
    }

    @Test
    void levelsFollowSeverityRulesByIndexAndFingerprintsArePresent() throws Exception {
        JsonNode run = sarif().at("/runs/0");
        Set<String> levels = new HashSet<>();
        for (JsonNode r : run.get("results")) {
            levels.add(r.path("level").asText("warning"));
            JsonNode rule = run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt());
            assertEquals(r.get("ruleId").asText(), rule.get("id").asText());
            assertTrue(r.at("/partialFingerprints/primaryLocationLineHash").asText().matches("[0-9a-f]{16}:\\d+"), r.toString());
            assertTrue(r.at("/partialFingerprints/edcomplyFingerprint~1v1").asText().matches("[0-9a-f]{32}"), r.toString());
        }
        assertEquals(Set.of("error", "note", "warning"), levels, "not everything is an error");
    }

    @Test
    void suppressedFindingsStayWithTheirJustificationAndBaselineStateIsSet() throws Exception {
        JsonNode results = sarif().at("/runs/0/results");
        int suppressed = 0;
        for (JsonNode r : results) {
            if (r.has("suppressions")) {
                suppressed++;
                assertEquals("accepted", r.at("/suppressions/0/status").asText());
                assertFalse(r.at("/suppressions/0/justification").asText().isBlank());
            }
        }
        assertEquals(2, suppressed);
        JsonNode inCode = results.get(2);
        assertEquals("inSource", inCode.at("/suppressions/0/kind").asText());
        assertEquals("Nurse notes; DPIA-3", inCode.at("/suppressions/0/justification").asText());
        JsonNode external = results.get(3);
        assertEquals("external", external.at("/suppressions/0/kind").asText());
        assertEquals("dpo@school.example", external.at("/suppressions/0/properties/approver").asText());
        assertEquals("unchanged", results.get(4).get("baselineState").asText());
        assertEquals("new", results.get(1).get("baselineState").asText());
    }

    @Test
    void pathsAreRepositoryRelativeUriReferences() {
        assertEquals("src/main/java/My%20App.java", SarifWriter.uri("src/main/java/My App.java"));
        assertEquals("web/src/%C3%A9l%C3%A8ve.yml", SarifWriter.uri("web/src/élève.yml"));
    }
}

package org.edcomply.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** findings.json as its published schema describes it. */
class FindingsJsonWriterTest {

    @TempDir
    Path project;

    @Test
    void validAgainstItsSchema() {
        byte[] json = FindingsJsonWriter.render(ReportFixture.build(project));
        assertEquals(List.of(), SchemaValidation.errors(FindingsJsonWriter.SCHEMA_RESOURCE,
                SpecificationVersion.DRAFT_2020_12, json));
    }

    @Test
    void statusesSummaryAndBaseline() throws Exception {
        JsonNode json = new ObjectMapper().readTree(FindingsJsonWriter.render(ReportFixture.build(project)));
        List<String> statuses = new ArrayList<>();
        json.get("findings").forEach(f -> statuses.add(f.get("requirement").asText() + " " + f.get("status").asText()));
        assertEquals(List.of("EDC-NO-MANIFEST active", "GDPR-9-SPECIAL-CATEGORY active",
                "GDPR-9-SPECIAL-CATEGORY suppressed", "COPPA-SECURE-SESSION-COOKIE suppressed",
                "GDPR-32-SECURE-SESSION-COOKIE baseline"), statuses);
        assertEquals("2.0", json.get("formatVersion").asText());
        assertEquals(2, json.at("/summary/active").asInt());
        assertEquals(2, json.at("/summary/suppressed").asInt());
        assertEquals(1, json.at("/summary/baseline").asInt());
        assertEquals(1, json.at("/summary/fixed").asInt());
        assertEquals(1, json.at("/summary/activeBySeverity/HIGH").asInt());
        assertEquals("code", json.at("/findings/2/suppression/source").asText());
        assertEquals("2099-12-31", json.at("/findings/2/suppression/until").asText());
        assertEquals("Learner.oldField", json.at("/baseline/fixed/0/subject").asText());
        assertEquals("applied", json.at("/suppressions/0/state").asText());
    }
}

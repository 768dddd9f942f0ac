package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edcomply.annotations.DataCategory;
import org.junit.jupiter.api.Test;

/** The manifest schema editors use is the one the build enforces, and the docs describe it. */
class ManifestSchemaTest {

    private static final Path PUBLISHED = Path.of("../docs/schema/edcomply-manifest.schema.json");
    private static final Path DOCS = Path.of("../docs/manifest.md");

    @Test
    void thePublishedSchemaIsTheOneInTheJar() throws Exception {
        byte[] inJar;
        try (InputStream in = ManifestReader.class.getResourceAsStream(ManifestReader.SCHEMA_RESOURCE)) {
            inJar = in.readAllBytes();
        }
        assertArrayEquals(inJar, Files.readAllBytes(PUBLISHED),
                "copy core/src/main/resources" + ManifestReader.SCHEMA_RESOURCE + " to " + PUBLISHED);
    }

    @Test
    void dataCategoriesAreTheAnnotationsConstants() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readAllBytes(PUBLISHED));
        List<String> inSchema = new ArrayList<>();
        schema.path("$defs").path("dataCategory").path("enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(DataCategory.values()).map(Enum::name).toList(), inSchema);
    }

    @Test
    void theCompleteManifestOfTheDocsIsValid() throws Exception {
        String docs = Files.readString(DOCS);
        int section = docs.indexOf("## A complete manifest");
        int start = docs.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = docs.substring(start, docs.indexOf("```", start));
        org.edcomply.core.io.YamlDocument doc = org.edcomply.core.io.YamlReader.readSingle(yaml, "docs/manifest.md");
        assertEquals(List.of(), ManifestReader.SCHEMA.validate(doc).stream().map(Exception::getMessage).toList());
    }

    @Test
    void everySectionIsDocumented() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readAllBytes(PUBLISHED));
        String docs = Files.readString(DOCS);
        schema.path("properties").fieldNames().forEachRemaining(section ->
                assertTrue(docs.contains("`" + section), "docs/manifest.md does not describe " + section));
    }
}

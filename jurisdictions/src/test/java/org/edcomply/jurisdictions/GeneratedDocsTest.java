package org.edcomply.jurisdictions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edcomply.core.EdComply;
import org.edcomply.core.catalog.CatalogMarkdown;
import org.junit.jupiter.api.Test;

/**
 * The committed catalogue, check-type pages and published schemas under {@code docs/} match what
 * the jurisdiction files and declarations produce now; a stale copy fails the build. Regenerate:
 * {@code mvn -pl jurisdictions -am test -Dedcomply.updateDocs=true}.
 */
class GeneratedDocsTest {

    private static final Path DOCS = Path.of("../docs");
    private static final boolean UPDATE = Boolean.getBoolean("edcomply.updateDocs");

    @Test
    void committedDocsAreCurrent() throws IOException {
        EdComply.Catalog catalog = EdComply.builtInCatalog();
        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(DOCS.resolve("catalog.md"), CatalogMarkdown.catalog(catalog.jurisdictions(), "checks/"));
        CatalogMarkdown.checkPages(catalog.checks(), catalog.jurisdictions())
                .forEach((name, page) -> expected.put(DOCS.resolve("checks/" + name + ".md"), page));
        for (String schema : List.of("jurisdiction", "fixture", "check-type")) {
            expected.put(DOCS.resolve("schema/edcomply-" + schema + ".schema.json"),
                    resource("/org/edcomply/core/" + schema + ".schema.json"));
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            Path file = e.getKey();
            String now = Files.exists(file) ? Files.readString(file) : null;
            if (!e.getValue().equals(now)) {
                if (UPDATE) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, e.getValue());
                } else {
                    stale.add(DOCS.relativize(file).toString());
                }
            }
        }
        try (Stream<Path> pages = Files.exists(DOCS.resolve("checks")) ? Files.list(DOCS.resolve("checks")) : Stream.empty()) {
            for (Path page : pages.toList()) {
                if (!expected.containsKey(page)) {
                    if (UPDATE) {
                        Files.delete(page);
                    } else {
                        stale.add(DOCS.relativize(page) + " (no such check type)");
                    }
                }
            }
        }
        assertEquals(List.of(), stale, "docs/ is stale; regenerate with "
                + "mvn -pl jurisdictions -am test -Dedcomply.updateDocs=true and commit the result");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GeneratedDocsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

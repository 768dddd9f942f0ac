package org.edcomply.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    @Test
    void keysAndValuesKeepTheirPositions() {
        YamlDocument doc = YamlReader.readSingle("""
                jurisdictions: [us-coppa, eu-gdpr]
                audience:
                  minAge: 8
                """, "edcomply.yaml");
        assertEquals("edcomply.yaml:3:3", doc.keyLocation("/audience/minAge").toString());
        assertEquals("edcomply.yaml:3:11", doc.valueLocation("/audience/minAge").toString());
        assertEquals("edcomply.yaml:1:27", doc.valueLocation("/jurisdictions/1").toString());
        assertEquals(8, doc.root().path("audience").path("minAge").intValue());
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondOne() {
        InputException e = assertThrows(InputException.class,
                () -> YamlReader.readSingle("a: 1\nb: 2\na: 3\n", "x.yaml"));
        assertEquals("x.yaml:3:1: duplicate key 'a' (first written at line 1)", e.getMessage());
    }

    @Test
    void aliasesResolveAndMergeKeysApplyWithExplicitKeysWinning() {
        YamlDocument doc = YamlReader.readSingle("""
                defaults: &defaults
                  adapter: postgres
                  password: secret
                dev:
                  database: dev
                  adapter: h2
                  <<: *defaults
                copy: *defaults
                """, "app.yml");
        assertEquals("secret", doc.root().path("dev").path("password").asText());
        assertEquals("h2", doc.root().path("dev").path("adapter").asText());
        assertEquals("postgres", doc.root().path("copy").path("adapter").asText());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
        }
        InputException e = assertThrows(InputException.class, () -> YamlReader.readSingle(bomb.toString(), "bomb.yaml"));
        assertTrue(e.getMessage().startsWith("bomb.yaml:"), e.getMessage());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        InputException e = assertThrows(InputException.class, () -> YamlReader.readSingle(deep, "deep.yaml"));
        assertTrue(e.getMessage().contains("deep.yaml:"), e.getMessage());
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        InputException e = assertThrows(InputException.class,
                () -> YamlReader.readSingle("a: [1, 2\nb: 3\n", "bad.yaml"));
        assertTrue(e.getMessage().matches("bad\\.yaml:\\d+:\\d+: not valid YAML: .*"), e.getMessage());
    }

    @Test
    void classTagsAreRefusedNotConstructed() {
        InputException e = assertThrows(InputException.class,
                () -> YamlReader.readSingle("x: !!javax.script.ScriptEngineManager [a]\n", "t.yaml"));
        assertTrue(e.getMessage().startsWith("t.yaml:1:4: not valid YAML: Global tag is not allowed"), e.getMessage());
    }

    @Test
    void everyDocumentOfAMultiDocumentFileIsRead() {
        List<YamlDocument> docs = YamlReader.readAll("a: 1\n---\na: 2\n", "multi.yml");
        assertEquals(2, docs.size());
        assertEquals("multi.yml:3:1", docs.get(1).keyLocation("/a").toString());
    }

    @Test
    void aSingleDocumentFileMustHoldOne() {
        InputException e = assertThrows(InputException.class, () -> YamlReader.readSingle("a: 1\n---\na: 2\n", "m.yaml"));
        assertTrue(e.getMessage().contains("expected a single YAML document"), e.getMessage());
    }
}

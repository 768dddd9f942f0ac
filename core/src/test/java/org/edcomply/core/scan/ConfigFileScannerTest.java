package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.AnalysisProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileScannerTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"application.yml", "application.properties", "web.xml", "logback.xml", "persistence.xml",
            "V1__init.sql", "db.changelog-master.xml"})
    void aFileOverTheCapIsAProblemNotAParse(String name) throws Exception {
        Path file = dir.resolve("db/changelog").resolve(name);
        Files.createDirectories(file.getParent());
        byte[] big = new byte[(int) InputLimits.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(file, big);
        assertTrue(ConfigFileScanner.accepts(file), name);
        List<Object> facts = ConfigFileScanner.scan(file, name);
        assertEquals(1, facts.size(), facts.toString());
        AnalysisProblem problem = (AnalysisProblem) facts.get(0);
        assertEquals(AnalysisProblem.UNPARSABLE, problem.kind());
        assertTrue(problem.detail().endsWith("file is 5242881 bytes; EdComply reads files up to 5242880 bytes"), problem.detail());
    }

    @Test
    void filesNoScannerClaimsAreNotConfiguration() {
        for (String name : List.of("messages.properties", "banner.txt", "mapper.xml", "data.json", "static/app.js")) {
            assertFalse(ConfigFileScanner.accepts(dir.resolve(name)), name);
        }
    }
}

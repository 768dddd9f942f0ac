package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.ConfigFile;
import org.edcomply.core.model.ConfigSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringConfigScannerTest {

    @TempDir
    Path dir;

    private String scan(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return SpringConfigScanner.scan(file, name).stream()
                .filter(f -> f instanceof ConfigSetting || f instanceof ConfigFile || f instanceof AnalysisProblem)
                .map(f -> {
            if (f instanceof ConfigSetting s) {
                return s.location().line() + ":" + s.location().column() + " [" + s.profile() + "] " + s.key() + "=" + s.value();
            }
            if (f instanceof ConfigFile c) {
                return "file [" + c.profile() + "]";
            }
            return ((AnalysisProblem) f).location() + " " + ((AnalysisProblem) f).detail();
        }).collect(Collectors.joining("\n"));
    }

    @Test
    void propertiesKeysWithLines() throws Exception {
        assertEquals("""
                file []
                1:1 [] server.port=8080
                3:1 [] server.servlet.session.cookie.secure=false""",
                scan("application.properties", "server.port=8080\n\nserver.servlet.session.cookie.secure=false\n"));
    }

    @Test
    void yamlIsFlattenedWithTheLineOfEachKey() throws Exception {
        assertEquals("""
                file []
                3:5 [] server.servlet.port=8080
                5:9 [] server.servlet.session.secure=true
                8:7 [] app.hosts[0]=a
                9:7 [] app.hosts[1]=b""", scan("application.yml", """
                server:
                  servlet:
                    port: 8080
                    session:
                        secure: true
                app:
                  hosts:
                    - a
                    - b
                """));
    }

    @Test
    void profilesFromFileNameAndFromDocuments() throws Exception {
        assertEquals("file [prod]\n1:1 [prod] a=1", scan("application-prod.properties", "a=1\n"));
        assertEquals("""
                file []
                1:1 [] a=1
                file [dev]
                6:7 [dev] spring.config.activate.on-profile=dev
                7:1 [dev] a=2""", scan("application.yml", """
                a: 1
                ---
                spring:
                  config:
                    activate:
                      on-profile: dev
                a: 2
                """));
    }

    @Test
    void unreadableYamlIsAProblem() throws Exception {
        assertEquals("application.yml:2:1 configuration could not be read: duplicate key 'a' (first written at line 1)",
                scan("application.yml", "a: 1\na: 2\n"));
    }
}

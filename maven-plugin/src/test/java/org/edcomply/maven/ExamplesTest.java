package org.edcomply.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.EdComply;
import org.edcomply.core.report.FindingsJsonWriter;
import org.junit.jupiter.api.Test;

/** The examples stay runnable by users and their reports are reproducible. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void twoRunsOnTheSameInputGiveTheSameBytes() {
        for (String example : List.of("k12-reading-app", "student-portal")) {
            AnalysisRequest request = AnalysisRequest.mavenLayout(EXAMPLES.resolve(example).toAbsolutePath(), 17, List.of());
            byte[] first = FindingsJsonWriter.render(EdComply.analyse(request));
            byte[] second = FindingsJsonWriter.render(EdComply.analyse(request));
            assertArrayEquals(first, second, example);
        }
    }

    /** Users run the examples directly, so they name the plugin version literally; keep it current. */
    @Test
    void examplesUseThisBuildsVersion() throws IOException {
        Pattern version = Pattern.compile("<edcomply.version>([^<]+)</edcomply.version>");
        List<Path> poms;
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            poms = dirs.map(d -> d.resolve("pom.xml")).filter(Files::exists).sorted().toList();
        }
        assertFalse(poms.isEmpty());
        for (Path pom : poms) {
            Matcher m = version.matcher(Files.readString(pom));
            assertEquals(true, m.find(), pom + " declares edcomply.version");
            assertEquals(EdComply.version(), m.group(1), pom.toString());
        }
    }
}

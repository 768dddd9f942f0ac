package org.edcomply.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests, one per input format, and one that gives the same bytes to every reader. Run with
 * Jazzer (coverage-guided, libFuzzer). In the normal build they replay their inputs (seeds taken
 * from real files, and every input that once crashed a reader) from
 * {@code src/test/resources/org/edcomply/core/fuzz/InputFuzzTestInputs/<method>/}, and
 * {@code everyFormat} is fuzzed for a fixed number of runs from a fixed seed (the {@code fuzz}
 * execution in {@code core/pom.xml}). {@code docs/security.md} shows how to fuzz one format for longer.
 *
 * <p>The invariant is {@link InputFormat#check}'s; a hang fails the input through the timeout.
 */
class InputFuzzTest {

    private static Path project;

    @BeforeAll
    static void project() throws Exception {
        project = Files.createTempDirectory("edcomply-fuzz");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try (var files = Files.walk(project)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Every reader on the same bytes: what the normal build fuzzes. While fuzzing, the timeout bounds
     * the whole run (libFuzzer's {@code -timeout} bounds each input), so it leaves room for a slow machine.
     */
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void everyFormat(byte[] input) {
        for (InputFormat f : InputFormat.values()) {
            f.write(project, input);
        }
        for (InputFormat f : InputFormat.values()) {
            f.check(project);
        }
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void javaSource(byte[] input) {
        one(InputFormat.JAVA, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void springYaml(byte[] input) {
        one(InputFormat.SPRING_YAML, input);
        one(InputFormat.LIQUIBASE_YAML, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void springProperties(byte[] input) {
        one(InputFormat.SPRING_PROPERTIES, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void xmlConfig(byte[] input) {
        one(InputFormat.WEB_XML, input);
        one(InputFormat.LOGGING_XML, input);
        one(InputFormat.PERSISTENCE_XML, input);
        one(InputFormat.LIQUIBASE_XML, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void sqlMigration(byte[] input) {
        one(InputFormat.SQL_MIGRATION, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void template(byte[] input) {
        one(InputFormat.HTML_TEMPLATE, input);
        one(InputFormat.JSP_TEMPLATE, input);
        one(InputFormat.FREEMARKER_TEMPLATE, input);
        one(InputFormat.VELOCITY_TEMPLATE, input);
        one(InputFormat.FACELETS_TEMPLATE, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void manifest(byte[] input) {
        one(InputFormat.MANIFEST, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void jurisdiction(byte[] input) {
        one(InputFormat.JURISDICTION, input);
    }

    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "1h")
    void suppressionsAndBaseline(byte[] input) {
        one(InputFormat.SUPPRESSIONS, input);
        one(InputFormat.BASELINE, input);
    }

    private static void one(InputFormat format, byte[] input) {
        format.write(project, input);
        format.check(project);
    }
}
